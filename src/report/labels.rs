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
