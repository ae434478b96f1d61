//! The words of `kaohe publish`: the 公示 list, the slips and the leak check.

crate::messages! {
    /// The 公示 list's title.
    publish_list_title(rubric) { en: "{rubric}: results published to all teachers", zh: "{rubric} 考核结果公示" }
    /// The 公示 list's file name, without its extension.
    publish_list_file { en: "public-list", zh: "公示名单" }
    /// The ZIP of all slips, without its extension.
    publish_slips_zip { en: "slips", zh: "个人考核结果" }
    /// The teacher's signature line.
    publish_sign_self { en: "Teacher's signature:                    Date:", zh: "本人签字：　　　　　　　　日期：" }
    /// The reviewer's signature line.
    publish_sign_reviewer { en: "Reviewer's signature:                   Date:", zh: "审核人签字：　　　　　　　日期：" }
    /// An evidence line: what matched, and the record's file, sheet and row.
    /// Another teacher, withheld from a slip (a colleague's record in a class's total).
    publish_another_teacher { en: "(another teacher)", zh: "（其他教师）" }
    publish_evidence(detail, place) { en: "{detail} ({place})", zh: "{detail}（{place}）" }
    /// A veto on a slip: its name, then each record that triggered it.
    publish_veto(veto, records: Text) { en: "{veto}: {records}", zh: "{veto}：{records}" }
    /// The leak check found another teacher's name or key on a slip.
    publish_leak_on_slip(file, value) {
        en: "leak check failed: the slip {file} holds `{value}`, another teacher's name or key; nothing was written",
        zh: "泄露检查未通过：个人结果单 {file} 中含有其他教师的姓名或工号 `{value}`；未写出任何文件",
    }
    /// The leak check found a name in full on a list whose names are masked.
    publish_leak_on_list(file, value) {
        en: "leak check failed: {file} shows the name `{value}` in full, but [publish] names are masked or left out; nothing was written",
        zh: "泄露检查未通过：{file} 完整显示了姓名 `{value}`，而 [publish] 要求姓名打码或不列；未写出任何文件",
    }
}
