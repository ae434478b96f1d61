//! Manual overrides: reading the file, the rows that cannot apply, and the
//! evidence line an override leaves.

// --- reading the file
crate::messages! {
    /// The overrides file cannot be read; `reason` is the system's.
    overrides_unreadable(path, reason: Text) {
        en: "cannot read overrides {path}: {reason}",
        zh: "无法读取调分文件 {path}：{reason}",
    }
    /// The overrides file named does not exist.
    overrides_not_found { en: "not found", zh: "找不到该文件" }
    /// A row with blank cells; `fields` lists their column names.
    override_fields_blank(fields: Text) {
        en: "blank {fields}: every override needs 工号, 项目, 分数, 理由 and 操作人",
        zh: "{fields} 为空：每条调分都要填写工号、项目、分数、理由和操作人",
    }
}

// --- the item an override names
crate::messages! {
    /// An item the rubric lacks; `items` lists `id (name)` of each it has.
    item_not_in_rubric(named, rubric, items: Text) {
        en: "item `{named}` is not in the rubric `{rubric}`; its items are: {items}",
        zh: "方案 `{rubric}` 中没有考核项 `{named}`；它的考核项有：{items}",
    }
    /// A name several items share; `ids` lists theirs.
    item_name_ambiguous(named, ids: Text) {
        en: "more than one item is named `{named}`; name it by id: {ids}",
        zh: "有不止一个考核项名为 `{named}`；请改用编号：{ids}",
    }
}

// --- rows that cannot apply
crate::messages! {
    /// Before the list of rows that cannot apply.
    override_problems(count) {
        en: "{count} problem(s) in the overrides; nothing was written:",
        zh: "调分文件中有 {count} 个问题，未写出任何文件：",
    }
    /// A teacher the roster lacks.
    override_key_not_in_roster(key) {
        en: "工号 {key} is not in the roster",
        zh: "工号 {key} 不在名册中",
    }
    /// A score outside the item's range.
    override_score_out_of_range(score, item, max) {
        en: "score {score} for {item} is outside 0..{max}",
        zh: "{item} 的分数 {score} 超出了 0 到 {max} 的范围",
    }
    /// A score with more decimal places than the rubric rounds to.
    override_score_too_fine(score, places) {
        en: "score {score} has more than the rubric's {places} decimal places",
        zh: "分数 {score} 的小数位多于方案规定的 {places} 位",
    }
    /// A second override of the same teacher's item; `first` is where the first is.
    override_repeated(item, key, first: Text) {
        en: "a second override of {item} for 工号 {key} (the first is at {first})",
        zh: "工号 {key} 的 {item} 被第二次调分（第一次在 {first}）",
    }
}

// --- the evidence line
crate::messages! {
    /// What an override did, on its evidence line.
    override_detail(from, to, reason, who) {
        en: "{from} → {to}; reason: {reason}; by: {who}",
        zh: "{from} → {to}；理由：{reason}；操作人：{who}",
    }
}
