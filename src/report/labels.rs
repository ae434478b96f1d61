//! Every fixed word the writers print — sheet names, headers, evidence kinds,
//! section titles — in Chinese and English, in one place so a translation is
//! complete by construction: both tables are the same struct, and a missing
//! field does not compile.

use crate::engine::EvidenceKind;
use crate::rubric::Locale;

/// The fixed texts of one language.
#[derive(Debug)]
pub struct Labels {
    // Sheet names: Excel limits them to 31 characters and forbids `[]:*?/\`.
    /// Per-teacher scores.
    pub sheet_summary: &'static str,
    /// One row per evidence line.
    pub sheet_evidence: &'static str,
    /// One row per veto record.
    pub sheet_vetoes: &'static str,
    /// The rubric as applied.
    pub sheet_rules: &'static str,
    /// What was read.
    pub sheet_run: &'static str,
    /// Records skipped for data problems under `--keep-going`.
    pub sheet_problems: &'static str,
    /// The cell at fault, in A1 form.
    pub cell: &'static str,
    /// A data problem in words.
    pub problem: &'static str,

    /// Between the first and last day of the period.
    pub period_to: &'static str,
    /// Joins several veto names in one cell.
    pub list_separator: &'static str,

    /// Row number in the summary.
    pub seq: &'static str,
    /// The teacher's key (工号).
    pub key: &'static str,
    /// The teacher's name.
    pub name: &'static str,
    /// The teacher's school.
    pub school: &'static str,
    /// Group header over the category subtotal columns.
    pub subtotals: &'static str,
    /// The total score.
    pub total: &'static str,
    /// The grade.
    pub grade: &'static str,
    /// Names of the vetoes that hit a teacher.
    pub veto_reasons: &'static str,

    /// A category.
    pub category: &'static str,
    /// An item.
    pub item: &'static str,
    /// A rule (its label in the evidence, its description in the rules).
    pub rule: &'static str,
    /// The kind of an evidence line.
    pub kind: &'static str,
    /// Signed points of an evidence line.
    pub points: &'static str,
    /// The input file a record came from.
    pub source_file: &'static str,
    /// The sheet a record came from.
    pub sheet: &'static str,
    /// The row a record came from.
    pub row: &'static str,
    /// The fields that matched.
    pub detail: &'static str,

    /// [`EvidenceKind::Record`].
    pub kind_record: &'static str,
    /// [`EvidenceKind::Exempt`].
    pub kind_exempt: &'static str,
    /// [`EvidenceKind::RuleCap`].
    pub kind_rule_cap: &'static str,
    /// [`EvidenceKind::ItemCap`].
    pub kind_item_cap: &'static str,
    /// [`EvidenceKind::Floor`].
    pub kind_floor: &'static str,
    /// [`EvidenceKind::Import`].
    pub kind_import: &'static str,
    /// [`EvidenceKind::Missing`].
    pub kind_missing: &'static str,
    /// [`EvidenceKind::Rounding`].
    pub kind_rounding: &'static str,
    /// [`EvidenceKind::Ratio`].
    pub kind_ratio: &'static str,
    /// [`EvidenceKind::Override`].
    pub kind_override: &'static str,
    /// [`EvidenceKind::Window`].
    pub kind_window: &'static str,
    /// [`EvidenceKind::Relative`].
    pub kind_relative: &'static str,
    /// [`EvidenceKind::Threshold`].
    pub kind_threshold: &'static str,
    /// [`EvidenceKind::Rating`].
    pub kind_rating: &'static str,
    /// [`EvidenceKind::Weighted`].
    pub kind_weighted: &'static str,
    /// A 明细 row for an adjustment of a category subtotal.
    pub kind_adjust: &'static str,
    /// The item column of an adjustment row: it is about the whole category.
    pub category_subtotal: &'static str,

    /// 汇总: the teacher's place in the quota ranking.
    pub rank: &'static str,
    /// 汇总: why the grade is what it is.
    pub grade_basis: &'static str,
    /// 汇总: adjustments applied to the teacher's subtotals.
    pub adjust_notes: &'static str,
    /// 规则: an item's or category's threshold.
    pub threshold: &'static str,
    /// 规则: section title for categories with thresholds.
    pub section_categories: &'static str,
    /// 规则: section title for adjustments.
    pub section_adjustments: &'static str,
    /// 规则: an adjustment's factor.
    pub factor: &'static str,
    /// 规则: a grade's share of the ranking.
    pub grade_share: &'static str,
    /// 规则: section title for the quota's policies.
    pub section_quota: &'static str,
    /// 规则: the roster field ranked within.
    pub quota_scope: &'static str,
    /// 规则: how counts round.
    pub quota_counts: &'static str,
    /// 规则: the tie policy.
    pub quota_ties: &'static str,
    /// 规则: the tie-break scores.
    pub quota_tie_break: &'static str,
    /// 规则: what vetoed teachers do.
    pub quota_vetoed: &'static str,

    /// A veto's name.
    pub veto: &'static str,
    /// The grade a veto forces.
    pub forced_grade: &'static str,

    /// Section title: the items and their rules.
    pub section_items: &'static str,
    /// An item's maximum.
    pub max: &'static str,
    /// Where an item's score starts.
    pub start: &'static str,
    /// Deduction items start at the maximum.
    pub start_max: &'static str,
    /// Bonus and imported items start at 0.
    pub start_zero: &'static str,
    /// A rule in words ([`describe_rule`](super::describe_rule)).
    pub rule_text: &'static str,
    /// The source a rule or veto reads.
    pub data_source: &'static str,
    /// Section title: vetoes.
    pub section_vetoes: &'static str,
    /// A veto's condition as written.
    pub condition: &'static str,
    /// Section title: grade bands.
    pub section_grades: &'static str,
    /// A band's minimum score.
    pub grade_min: &'static str,
    /// The lowest band's minimum (there is none).
    pub grade_rest: &'static str,
    /// Section title: rounding and full marks.
    pub section_scoring: &'static str,
    /// Decimal places kept.
    pub rounding_places: &'static str,
    /// Rounding mode.
    pub rounding_mode: &'static str,
    /// The sum of all maxima.
    pub full_marks: &'static str,

    /// kaohe's version.
    pub tool_version: &'static str,
    /// The rubric file.
    pub rubric_file: &'static str,
    /// The rubric file's digest.
    pub rubric_sha256: &'static str,
    /// The period scored.
    pub period: &'static str,
    /// No period was given: every record counts.
    pub period_all: &'static str,
    /// Lock files and macOS `._` files left out of the input folders.
    pub passed_over: &'static str,
    /// Section title: input files.
    pub section_inputs: &'static str,
    /// An input file.
    pub file: &'static str,
    /// A file's digest.
    pub sha256: &'static str,
    /// Sources a file was read as.
    pub sources: &'static str,
    /// The header row of a sheet.
    pub header_row: &'static str,
    /// Records read from a sheet.
    pub records: &'static str,
    /// A file that matched no source.
    pub not_read: &'static str,
    /// Section title: counts per source.
    pub section_sources: &'static str,
    /// Records read.
    pub read: &'static str,
    /// Records scored.
    pub scored: &'static str,
    /// Records outside the period.
    pub outside_period: &'static str,
    /// Records of teachers not in the roster.
    pub unknown_teacher: &'static str,
    /// Section title: what scored soundly but must be said.
    pub section_warnings: &'static str,
    /// A warning's stable code.
    pub warning_code: &'static str,
    /// A warning's message.
    pub warning_message: &'static str,

    /// Grade distribution and per-item statistics.
    pub sheet_stats: &'static str,
    /// One printable slip per teacher.
    pub sheet_slips: &'static str,
    /// Page footer of printed sheets (`&P` page, `&N` pages).
    pub page_footer: &'static str,
    /// Section title: how many teachers got each grade.
    pub section_grade_distribution: &'static str,
    /// A number of teachers.
    pub count: &'static str,
    /// A share of all teachers.
    pub share: &'static str,
    /// Section title: per-item statistics.
    pub section_item_stats: &'static str,
    /// Average score.
    pub average: &'static str,
    /// Lowest score.
    pub minimum: &'static str,
    /// Highest score.
    pub maximum: &'static str,
    /// Maximum minus average: where points are lost.
    pub average_loss: &'static str,
    /// Title of the chart of grades.
    pub chart_grades: &'static str,
    /// Title of the chart of items' average loss.
    pub chart_loss: &'static str,
    /// Title of a teacher's slip.
    pub slip_title: &'static str,
    /// An item's score on a slip.
    pub score: &'static str,
    /// The evidence of an item, summarised on a slip.
    pub evidence_summary: &'static str,
    /// An item with no evidence.
    pub no_evidence: &'static str,
    /// After a grade forced by a veto.
    pub graded_by_veto: &'static str,
    /// The signature line of a slip.
    pub signature: &'static str,

    /// The data sheet of a template whose source names no sheet.
    pub template_data_sheet: &'static str,
    /// The instructions sheet of a template.
    pub template_instructions_sheet: &'static str,
    /// What a template is for; `{source}` and `{patterns}` are filled in.
    pub template_intro: &'static str,
    /// A template column.
    pub template_column: &'static str,
    /// What a column holds.
    pub template_type: &'static str,
    /// Whether a column must be filled.
    pub template_required: &'static str,
    /// The values a column accepts.
    pub template_values: &'static str,
    /// Other headers the column may have.
    pub template_aliases: &'static str,
    /// Yes.
    pub template_yes: &'static str,
    /// No.
    pub template_no: &'static str,
    /// A dropdown's warning.
    pub template_not_listed: &'static str,
}

impl Labels {
    /// The name of an evidence line's kind.
    pub fn evidence_kind(&self, kind: EvidenceKind) -> &'static str {
        match kind {
            EvidenceKind::Record => self.kind_record,
            EvidenceKind::Exempt => self.kind_exempt,
            EvidenceKind::RuleCap => self.kind_rule_cap,
            EvidenceKind::ItemCap => self.kind_item_cap,
            EvidenceKind::Floor => self.kind_floor,
            EvidenceKind::Import => self.kind_import,
            EvidenceKind::Missing => self.kind_missing,
            EvidenceKind::Rounding => self.kind_rounding,
            EvidenceKind::Ratio => self.kind_ratio,
            EvidenceKind::Override => self.kind_override,
            EvidenceKind::Window => self.kind_window,
            EvidenceKind::Relative => self.kind_relative,
            EvidenceKind::Threshold => self.kind_threshold,
            EvidenceKind::Rating => self.kind_rating,
            EvidenceKind::Weighted => self.kind_weighted,
        }
    }
}

/// The fixed texts of a language.
pub fn labels(locale: Locale) -> &'static Labels {
    match locale {
        Locale::Zh => &ZH,
        Locale::En => &EN,
    }
}

static ZH: Labels = Labels {
    sheet_summary: "汇总",
    sheet_evidence: "明细",
    sheet_vetoes: "否决",
    sheet_rules: "规则",
    sheet_run: "运行信息",
    sheet_problems: "数据问题",
    cell: "单元格",
    problem: "问题（该记录未计分）",
    period_to: " 至 ",
    list_separator: "；",
    seq: "序号",
    key: "工号",
    name: "姓名",
    school: "学校",
    subtotals: "类别得分",
    total: "总分",
    grade: "等级",
    veto_reasons: "否决原因",
    category: "类别",
    item: "项目",
    rule: "规则",
    kind: "类型",
    points: "分值",
    source_file: "来源文件",
    sheet: "工作表",
    row: "行号",
    detail: "匹配字段",
    kind_record: "记录",
    kind_exempt: "免扣",
    kind_rule_cap: "规则封顶",
    kind_item_cap: "项目封顶",
    kind_floor: "扣完为止",
    kind_import: "导入",
    kind_missing: "缺记录",
    kind_rounding: "舍入",
    kind_ratio: "比例",
    kind_override: "人工调整",
    kind_window: "未达标时段",
    kind_relative: "组内折算",
    kind_threshold: "未达门槛",
    kind_rating: "评分",
    kind_weighted: "加权",
    kind_adjust: "折算",
    category_subtotal: "（类别合计）",
    rank: "排名",
    grade_basis: "等级依据",
    adjust_notes: "折算说明",
    threshold: "门槛",
    section_categories: "类别门槛",
    section_adjustments: "折算",
    factor: "系数",
    grade_share: "名额比例",
    section_quota: "等级名额",
    quota_scope: "排名范围",
    quota_counts: "名额取整",
    quota_ties: "并列处理",
    quota_tie_break: "并列时依次比较",
    quota_vetoed: "否决教师",
    veto: "否决项",
    forced_grade: "强制等级",
    section_items: "评分项目",
    max: "满分",
    start: "起始",
    start_max: "满分起扣",
    start_zero: "0 起加",
    rule_text: "计分方式",
    data_source: "数据源",
    section_vetoes: "否决项",
    condition: "条件",
    section_grades: "等级划分",
    grade_min: "最低分",
    grade_rest: "其余",
    section_scoring: "计分",
    rounding_places: "保留小数位",
    rounding_mode: "舍入方式",
    full_marks: "满分合计",
    tool_version: "工具版本",
    rubric_file: "评分方案",
    rubric_sha256: "方案 SHA-256",
    period: "考核期间",
    period_all: "未限定（全部记录）",
    passed_over: "略过的锁定文件和 ._ 文件",
    section_inputs: "输入文件",
    file: "文件",
    sha256: "SHA-256",
    sources: "数据源",
    header_row: "表头行",
    records: "记录数",
    not_read: "未读取（不匹配任何数据源）",
    section_sources: "数据源统计",
    read: "读取",
    scored: "计分",
    outside_period: "期间外",
    unknown_teacher: "未知教师",
    section_warnings: "警告",
    warning_code: "代码",
    warning_message: "说明",
    sheet_stats: "统计",
    sheet_slips: "个人",
    page_footer: "第 &P 页，共 &N 页",
    section_grade_distribution: "等级分布",
    count: "人数",
    share: "占比",
    section_item_stats: "各项得分统计",
    average: "平均分",
    minimum: "最低分",
    maximum: "最高分",
    average_loss: "平均失分",
    chart_grades: "等级分布",
    chart_loss: "各项平均失分",
    slip_title: "个人考核结果",
    score: "得分",
    evidence_summary: "依据",
    no_evidence: "无记录",
    graded_by_veto: "（否决）",
    signature: "本人签字：　　　　　　　　日期：",
    template_data_sheet: "数据",
    template_instructions_sheet: "说明",
    template_intro: "填写说明：每行一条记录，从第 2 行起填写，不要修改第 1 行表头（斜体列可不填）。本表供评分方案的数据源 {source} 使用，文件名须匹配 {patterns}；可保留本文件名，或直接使用钉钉、企业微信、WPS 导出的同名表头文件。",
    template_column: "列",
    template_type: "类型",
    template_required: "必填",
    template_values: "可选值",
    template_aliases: "也可用的表头",
    template_yes: "是",
    template_no: "否",
    template_not_listed: "该值不在列表中，评分时可能被视为数据错误。",
};

static EN: Labels = Labels {
    sheet_summary: "Summary",
    sheet_evidence: "Evidence",
    sheet_vetoes: "Vetoes",
    sheet_rules: "Rules",
    sheet_run: "Run",
    sheet_problems: "Data problems",
    cell: "Cell",
    problem: "Problem (record not scored)",
    period_to: " to ",
    list_separator: "; ",
    seq: "No.",
    key: "ID",
    name: "Name",
    school: "School",
    subtotals: "Category scores",
    total: "Total",
    grade: "Grade",
    veto_reasons: "Veto reasons",
    category: "Category",
    item: "Item",
    rule: "Rule",
    kind: "Kind",
    points: "Points",
    source_file: "Source file",
    sheet: "Sheet",
    row: "Row",
    detail: "Matched fields",
    kind_record: "record",
    kind_exempt: "exempt",
    kind_rule_cap: "rule cap",
    kind_item_cap: "item cap",
    kind_floor: "floor at 0",
    kind_import: "import",
    kind_missing: "no record",
    kind_rounding: "rounding",
    kind_ratio: "share",
    kind_override: "manual override",
    kind_window: "window breach",
    kind_relative: "relative to group",
    kind_threshold: "below threshold",
    kind_rating: "rating",
    kind_weighted: "weighted",
    kind_adjust: "adjustment",
    category_subtotal: "(category subtotal)",
    rank: "Rank",
    grade_basis: "Grade basis",
    adjust_notes: "Adjustments",
    threshold: "Threshold",
    section_categories: "Category thresholds",
    section_adjustments: "Adjustments",
    factor: "Factor",
    grade_share: "Share",
    section_quota: "Grade quotas",
    quota_scope: "Ranked within",
    quota_counts: "Counts rounded",
    quota_ties: "Ties",
    quota_tie_break: "Ties broken by",
    quota_vetoed: "Vetoed teachers",
    veto: "Veto",
    forced_grade: "Forced grade",
    section_items: "Items",
    max: "Max",
    start: "Starts at",
    start_max: "max, deducted",
    start_zero: "0, added",
    rule_text: "How it scores",
    data_source: "Source",
    section_vetoes: "Vetoes",
    condition: "Condition",
    section_grades: "Grades",
    grade_min: "Minimum",
    grade_rest: "otherwise",
    section_scoring: "Scoring",
    rounding_places: "Decimal places",
    rounding_mode: "Rounding",
    full_marks: "Full marks",
    tool_version: "Tool version",
    rubric_file: "Rubric",
    rubric_sha256: "Rubric SHA-256",
    period: "Period",
    period_all: "not limited (all records)",
    passed_over: "Lock and ._ files passed over",
    section_inputs: "Input files",
    file: "File",
    sha256: "SHA-256",
    sources: "Sources",
    header_row: "Header row",
    records: "Records",
    not_read: "not read (matches no source)",
    section_sources: "Records per source",
    read: "Read",
    scored: "Scored",
    outside_period: "Outside period",
    unknown_teacher: "Unknown teacher",
    section_warnings: "Warnings",
    warning_code: "Code",
    warning_message: "Message",
    sheet_stats: "Statistics",
    sheet_slips: "Slips",
    page_footer: "Page &P of &N",
    section_grade_distribution: "Grade distribution",
    count: "Teachers",
    share: "Share",
    section_item_stats: "Scores per item",
    average: "Average",
    minimum: "Minimum",
    maximum: "Maximum",
    average_loss: "Average loss",
    chart_grades: "Teachers per grade",
    chart_loss: "Average points lost per item",
    slip_title: "Assessment result",
    score: "Score",
    evidence_summary: "Evidence",
    no_evidence: "none",
    graded_by_veto: " (veto)",
    signature: "Signature:                          Date:",
    template_data_sheet: "Data",
    template_instructions_sheet: "Instructions",
    template_intro: "How to fill in: one record per row from row 2; keep the header row as it is (italic columns may stay empty). This file is read as the rubric's source {source}, so its name must match {patterns}; keep the name, or use an export from DingTalk, WeCom or WPS with the same headers.",
    template_column: "Column",
    template_type: "Type",
    template_required: "Required",
    template_values: "Values",
    template_aliases: "Other accepted headers",
    template_yes: "yes",
    template_no: "no",
    template_not_listed: "This value is not in the list; scoring may reject it.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_distinct_in_both_languages() {
        for locale in [Locale::Zh, Locale::En] {
            let l = labels(locale);
            let names = [
                l.sheet_summary,
                l.sheet_evidence,
                l.sheet_vetoes,
                l.sheet_rules,
                l.sheet_run,
                l.sheet_stats,
                l.sheet_slips,
                l.sheet_problems,
            ];
            for (i, n) in names.iter().enumerate() {
                assert!(n.chars().count() <= 31);
                assert!(!n.contains(['[', ']', ':', '*', '?', '/', '\\']));
                assert!(!names[..i].contains(n));
            }
        }
    }
}
