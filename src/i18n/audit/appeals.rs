//! Appeals (申诉): reading the appeals file, the rows that cannot apply,
//! the evidence line an accepted appeal leaves, `explain`'s lines and
//! `publish`'s refusal while appeals are pending.

// --- reading the file
crate::messages! {
    /// The appeals file cannot be read; `reason` is the system's.
    appeals_unreadable(path, reason: Text) {
        en: "cannot read appeals {path}: {reason}",
        zh: "无法读取申诉文件 {path}：{reason}",
    }
    /// Before the list of rows that cannot apply.
    appeal_problems(count) {
        en: "{count} problem(s) in the appeals; nothing was written:",
        zh: "申诉文件中有 {count} 个问题，未写出任何文件：",
    }
    /// A row with blank cells every appeal needs; `fields` lists them.
    appeal_fields_blank(fields: Text) {
        en: "blank {fields}: every appeal needs 工号, 项目, 申诉内容, 理由 and 状态",
        zh: "{fields} 为空：每条申诉都要填写工号、项目、申诉内容、理由和状态",
    }
    /// An accepted appeal without the score the item takes.
    appeal_accepted_without_score {
        en: "blank 分数: an accepted (采纳) appeal needs the item's score after it",
        zh: "分数 为空：采纳的申诉要填写申诉后该项的分数",
    }
    /// A score on an appeal that is not accepted; `status` as written.
    appeal_score_not_accepted(score, status) {
        en: "分数 {score} on an appeal that is {status}: only an accepted (采纳) appeal sets a score; leave 分数 blank",
        zh: "状态为 {status} 的申诉填了分数 {score}：只有采纳的申诉才改分，请把分数留空",
    }
    /// A decided appeal without who decided it.
    appeal_decided_without_who {
        en: "blank 处理人: a decided (采纳 or 驳回) appeal needs who decided it",
        zh: "处理人 为空：已处理（采纳或驳回）的申诉要填写处理人",
    }
    /// A hash without the file it is the hash of.
    appeal_hash_without_attachment {
        en: "附件SHA256 is given but 附件 is blank: name the attached file",
        zh: "填了附件SHA256 但附件为空：请写明附件文件",
    }
    /// A hash that is not 64 hexadecimal digits.
    appeal_hash_malformed(hash) {
        en: "附件SHA256 `{hash}` is not a SHA-256 (64 hexadecimal digits)",
        zh: "附件SHA256 `{hash}` 不是 SHA-256（应为 64 位十六进制数字）",
    }
    /// The attached file is not there; `path` as looked for.
    appeal_attachment_missing(attachment, path) {
        en: "附件 `{attachment}` not found (looked for {path}); attachments are named relative to the appeals file",
        zh: "找不到附件 `{attachment}`（查找的是 {path}）；附件路径相对于申诉文件所在的文件夹",
    }
    /// The attached file cannot be read; `reason` is the system's.
    appeal_attachment_unreadable(attachment, reason) {
        en: "附件 `{attachment}` cannot be read: {reason}",
        zh: "无法读取附件 `{attachment}`：{reason}",
    }
    /// The attached file's hash differs from the one written.
    appeal_hash_mismatch(attachment, actual, written) {
        en: "附件 `{attachment}` has SHA-256 {actual}, not the {written} written in 附件SHA256: the file was changed or is the wrong one",
        zh: "附件 `{attachment}` 的 SHA-256 是 {actual}，与附件SHA256 中写的 {written} 不符：文件被改动过，或不是原来那一份",
    }
    /// The same teacher's item in the overrides and the appeals.
    appeal_also_overridden(item, key, first: Text) {
        en: "{item} for 工号 {key} is also set by the overrides (at {first}): decide it in one file",
        zh: "工号 {key} 的 {item} 在调分文件中也有调整（在 {first}）：请只在一个文件中处理",
    }
    /// A second accepted appeal of the same teacher's item.
    appeal_repeated(item, key, first: Text) {
        en: "a second accepted appeal of {item} for 工号 {key} (the first is at {first})",
        zh: "工号 {key} 的 {item} 有第二条采纳的申诉（第一条在 {first}）",
    }
}

// --- the evidence line and explain
crate::messages! {
    /// What an accepted appeal did, on its evidence line.
    appeal_detail(from, to, appealed, reason, who, date) {
        en: "appeal accepted: {from} → {to}; appealed: {appealed}; reason: {reason}; by: {who} {date}",
        zh: "申诉采纳：{from} → {to}；申诉内容：{appealed}；理由：{reason}；处理人：{who} {date}",
    }
    /// Heading of explain's appeals.
    appeals_heading { en: "Appeals", zh: "申诉" }
    /// One appeal in explain; `status` in words, `row` the appeals file's row.
    appeal_line(item, status, from, to, appealed, reason, row) {
        en: "{item}  {status}  {from} → {to}  appealed: {appealed}; reason: {reason}  @ {row}",
        zh: "{item}  {status}  {from} → {to}  申诉内容：{appealed}；理由：{reason}  @ {row}",
    }
}

// --- publish
crate::messages! {
    /// Publishing refused while appeals are pending.
    appeals_pending(count) {
        en: "{count} appeal(s) are still pending (待处理); decide them, or publish anyway with --allow-pending:",
        zh: "还有 {count} 条申诉待处理；请先处理，或加 --allow-pending 照常公示：",
    }
    /// One pending appeal in the refusal.
    appeal_pending_row(row, key, name, item) {
        en: "{row}: 工号 {key} {name}, {item}",
        zh: "{row}：工号 {key} {name}，{item}",
    }
}
