//! A checked expression in words (`rubric::expr::words`): each operator and
//! function as the 规则 sheet, `explain`, the slips and the 明细 lines say it.

crate::messages! {
    /// A part bracketed where it would read ambiguously.
    say_grouped(a: Text) { en: "({a})", zh: "（{a}）" }
    say_true { en: "yes", zh: "是" }
    say_false { en: "no", zh: "否" }
    /// `null`: a blank cell.
    say_blank { en: "blank", zh: "空" }
    /// `x == null`.
    say_is_blank(a: Text) { en: "{a} is blank", zh: "{a}为空" }
    /// `x != null`.
    say_is_not_blank(a: Text) { en: "{a} is not blank", zh: "{a}不为空" }
    /// `a == b`.
    say_eq(a: Text, b: Text) { en: "{a} is {b}", zh: "{a}为{b}" }
    /// `a != b`.
    say_ne(a: Text, b: Text) { en: "{a} is not {b}", zh: "{a}不为{b}" }
    /// `a < b`.
    say_lt(a: Text, b: Text) { en: "{a} is less than {b}", zh: "{a}少于{b}" }
    /// `a <= b`.
    say_le(a: Text, b: Text) { en: "{a} is at most {b}", zh: "{a}不超过{b}" }
    /// `a > b`.
    say_gt(a: Text, b: Text) { en: "{a} is more than {b}", zh: "{a}多于{b}" }
    /// `a >= b`.
    say_ge(a: Text, b: Text) { en: "{a} is at least {b}", zh: "{a}不少于{b}" }
    /// `a < b` of dates or times.
    say_before(a: Text, b: Text) { en: "{a} is before {b}", zh: "{a}早于{b}" }
    /// `a <= b` of dates or times.
    say_not_after(a: Text, b: Text) { en: "{a} is not after {b}", zh: "{a}不晚于{b}" }
    /// `a > b` of dates or times.
    say_after(a: Text, b: Text) { en: "{a} is after {b}", zh: "{a}晚于{b}" }
    /// `a >= b` of dates or times.
    say_not_before(a: Text, b: Text) { en: "{a} is not before {b}", zh: "{a}不早于{b}" }
    /// `a && b`.
    say_and(a: Text, b: Text) { en: "{a} and {b}", zh: "{a}，且{b}" }
    /// `a || b`.
    say_or(a: Text, b: Text) { en: "{a} or {b}", zh: "{a}或{b}" }
    /// `!a`.
    say_not(a: Text) { en: "not ({a})", zh: "并非{a}" }
    /// `a + b`.
    say_add(a: Text, b: Text) { en: "{a} + {b}", zh: "{a} + {b}" }
    /// `a - b`.
    say_sub(a: Text, b: Text) { en: "{a} − {b}", zh: "{a} − {b}" }
    /// `a * b`.
    say_mul(a: Text, b: Text) { en: "{a} × {b}", zh: "{a} × {b}" }
    /// `a / b`.
    say_div(a: Text, b: Text) { en: "{a} ÷ {b}", zh: "{a} ÷ {b}" }
    /// `-a`.
    say_negate(a: Text) { en: "−{a}", zh: "−{a}" }
    /// `a in [x, y]`.
    say_one_of(a: Text, list: Text) { en: "{a} is one of {list}", zh: "{a}为{list}之一" }
    /// Between the values of a list.
    say_list_sep { en: ", ", zh: "、" }
    /// `x in list_field`.
    say_among(list: Text, x: Text) { en: "{list} includes {x}", zh: "{list}含有{x}" }
    /// `c ? a : b`.
    say_choose(c: Text, a: Text, b: Text) {
        en: "{a} if {c}, otherwise {b}",
        zh: "若{c}则{a}，否则{b}",
    }
    /// `x <= n ? x : n`: a value counted up to a cap.
    say_at_most(x: Text, n: Text) { en: "{x} (counted up to {n})", zh: "{x}（至多计{n}）" }
    /// `x >= n ? x : n`: a value counted from a floor.
    say_at_least(x: Text, n: Text) { en: "{x} (counted as at least {n})", zh: "{x}（至少计{n}）" }
    /// `date(datetime)`.
    say_date_of(a: Text) { en: "the date of {a}", zh: "{a}的日期" }
    /// `time(datetime)`.
    say_time_of(a: Text) { en: "the time of day of {a}", zh: "{a}的时刻" }
    /// `hour(x)`.
    say_hour_of(a: Text) { en: "the hour of {a}", zh: "{a}的小时" }
    /// `minute(x)`.
    say_minute_of(a: Text) { en: "the minute of {a}", zh: "{a}的分钟" }
    /// `size(text)`.
    say_length_of(a: Text) { en: "the number of characters in {a}", zh: "{a}的字数" }
    /// `size(list)`.
    say_count_of(a: Text) { en: "the number of values in {a}", zh: "{a}的个数" }
    /// `text.contains(x)`.
    say_contains(a: Text, b: Text) { en: "{a} contains {b}", zh: "{a}包含{b}" }
    /// `text.startsWith(x)`.
    say_starts_with(a: Text, b: Text) { en: "{a} starts with {b}", zh: "{a}以{b}开头" }
    /// `text.endsWith(x)`.
    say_ends_with(a: Text, b: Text) { en: "{a} ends with {b}", zh: "{a}以{b}结尾" }
    /// `has(teacher.NAME)`.
    say_has(a: Text) { en: "{a} is filled in", zh: "{a}已填写" }
    /// `table("NAME", key…)`.
    say_table(table: Text, keys: Text) {
        en: "the value in table 「{table}」 for {keys}",
        zh: "按{keys}查表「{table}」的值",
    }
    /// Between the parts of a length of time.
    say_unit_sep { en: " ", zh: "" }
    say_days(n) { en: "{n} d", zh: "{n}天" }
    say_hours(n) { en: "{n} h", zh: "{n}小时" }
    say_minutes(n) { en: "{n} min", zh: "{n}分钟" }
    say_seconds(n) { en: "{n} s", zh: "{n}秒" }
}

// --- the names a rubric gives for words
crate::messages! {
    /// A `label` of blank text.
    label_is_blank {
        en: "a label is what people read, so it cannot be blank; give the name, or leave `label` out",
        zh: "label 是给人看的名称，不能为空；请写出名称，或删去 label",
    }
}
