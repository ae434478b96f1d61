//! The words of appeals (申诉) in the scored workbook: the evidence kind an
//! accepted appeal leaves in 明细, and the 申诉 sheet's name and headers.

crate::messages! {
    /// An evidence line of kind `Appeal`.
    kind_appeal { en: "appeal", zh: "申诉" }
    /// The sheet listing every appeal.
    sheet_appeals { en: "Appeals", zh: "申诉" }
    /// 申诉 header: what was appealed.
    appeal_appealed { en: "Appealed", zh: "申诉内容" }
    /// 申诉 header: why.
    appeal_reason { en: "Reason", zh: "理由" }
    /// 申诉 header: the attached file.
    appeal_attachment { en: "Attachment", zh: "附件" }
    /// 申诉 header: the attached file's SHA-256.
    appeal_attachment_sha256 { en: "Attachment SHA-256", zh: "附件SHA256" }
    /// 申诉 header: where it stands.
    appeal_status { en: "Status", zh: "状态" }
    /// 申诉 header: the item's score before.
    appeal_before { en: "Score before", zh: "申诉前分数" }
    /// 申诉 header: the item's score after.
    appeal_after { en: "Score after", zh: "申诉后分数" }
    /// 申诉 header: who decided.
    appeal_decided_by { en: "Decided by", zh: "处理人" }
    /// 申诉 header: when.
    appeal_date { en: "Date", zh: "日期" }
    /// 申诉 header: the appeals file's row.
    appeal_row { en: "Appeals file row", zh: "申诉表行" }
    /// Status `Pending`.
    appeal_pending { en: "pending", zh: "待处理" }
    /// Status `Accepted`.
    appeal_accepted { en: "accepted", zh: "采纳" }
    /// Status `Rejected`.
    appeal_rejected { en: "rejected", zh: "驳回" }
}
