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
    publish_evidence(detail, place) { en: "{detail} ({place})", zh: "{detail}（{place}）" }
    /// The leak check found a value where it must not be.
    publish_leak(file, value) {
        en: "leak check failed: {file} holds `{value}`, which belongs to another teacher or is a name the 公示 list must not show in full; nothing was written",
        zh: "泄露检查未通过：{file} 中含有 `{value}`，它属于其他教师，或是公示名单不应完整显示的姓名；未写出任何文件",
    }
}
