//! `explain`: finding the teacher asked for, and the tree of one teacher's
//! score and grade.

// --- finding the teacher
crate::messages! {
    /// No teacher has the key (or name) asked for, and none is close.
    no_teacher_with_key(key) {
        en: "no teacher with 工号 `{key}` in the roster",
        zh: "名册中没有工号为 `{key}` 的教师",
    }
    /// No teacher has the key asked for; `close` lists those close to it.
    no_teacher_with_key_did_you_mean(key, close: Text) {
        en: "no teacher with 工号 `{key}` in the roster; did you mean: {close}?",
        zh: "名册中没有工号为 `{key}` 的教师；是不是要找：{close}？",
    }
    /// The name asked for is several teachers'; `teachers` lists each with
    /// what tells them apart, joined by [`teachers_separator`].
    teachers_share_name(count, key, teachers: Text) {
        en: "{count} teachers in the roster are named `{key}`: {teachers}; ask for one by its 工号",
        zh: "名册中有 {count} 位教师名叫 `{key}`：{teachers}；请用工号指明是哪一位",
    }
    /// Between the teachers who share a name (each has a comma of its own).
    teachers_separator { en: ", ", zh: "；" }
}

// --- how the grade was decided
crate::messages! {
    /// A veto decided the grade.
    grade_by_veto(veto, grade) {
        en: "veto: {veto}, forced to {grade} whatever the total",
        zh: "否决：{veto}，直接定为 {grade}（不看总分）",
    }
    /// The total reached a band's minimum.
    grade_by_band(total, min, band) {
        en: "total {total} ≥ {min}: band {band}",
        zh: "总分 {total} ≥ {min}，在 {band} 档",
    }
    /// The total is in the lowest band, which has no minimum.
    grade_by_lowest_band(total, band) {
        en: "total {total} is in the lowest band {band}",
        zh: "总分 {total} 在最低档 {band}",
    }
    /// After a band: how far the next band up is.
    short_of_band_above(short, band, min) {
        en: " ({short} short of {band} at {min})",
        zh: "（差 {short} 分到 {band} 档的 {min}）",
    }
    /// A grade quota decided the grade.
    grade_by_quota(rank, grade) {
        en: "ranked {rank} under the grade quota: {grade}",
        zh: "按名额排名第 {rank} 名，定为 {grade}",
    }
    /// A rubric without grades.
    rubric_has_no_grades { en: "the rubric has no grades", zh: "评分方案没有等级" }
}

// --- the tree
crate::messages! {
    /// After the teacher's name, their school.
    school_after_name(school) {
        en: ", {school}",
        zh: "，{school}",
    }
    /// The total and grade line.
    /// Under the total, when the rubric rounds it once: the exact sum and the step.
    total_rounded(step) {
        en: "total rounded once: {step}",
        zh: "总分一次舍入：{step}",
    }
    /// Under a subtotal, when the rubric rounds subtotals.
    subtotal_rounded(step) {
        en: "subtotal rounded: {step}",
        zh: "小计舍入：{step}",
    }
    total_and_grade(total, full, grade) {
        en: "total {total} / {full}, grade {grade}",
        zh: "总分 {total} / {full}，等级 {grade}",
    }
    /// The line saying how the grade was decided.
    /// Under `[pay]`: the amount and how it was reached.
    pay_line(amount, basis) {
        en: "pay: {amount} yuan ({basis})",
        zh: "绩效工资：{amount} 元（{basis}）",
    }
    grade_decided(decision) {
        en: "grade: {decision}",
        zh: "等级依据：{decision}",
    }
    /// After an item that starts full and loses points.
    item_starts_full(start) {
        en: "(starts full at {start})",
        zh: "（满分 {start} 起扣）",
    }
    /// After an item that starts low and gains points.
    item_starts_at(start) {
        en: "(starts at {start})",
        zh: "（从 {start} 起加）",
    }
    /// Below an item without evidence.
    no_records { en: "(no records)", zh: "（无记录）" }
    /// The heading above the vetoes that hit.
    vetoes_heading { en: "Vetoes", zh: "否决" }
    /// After a veto that needs several records.
    veto_needs_records(needed, found) {
        en: " (applies from {needed} matching records; {found} found)",
        zh: "（满 {needed} 条记录即否决，共 {found} 条）",
    }
}
