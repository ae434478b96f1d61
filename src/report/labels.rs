//! Every fixed word the writers print — sheet names, headers, evidence kinds,
//! section titles — in one language, taken from the report catalogue
//! ([`crate::i18n::report`]): a writer holds the words of its workbook's
//! language in one value instead of choosing each word as it goes.

use crate::engine::EvidenceKind;
use crate::i18n::report as msg;
use crate::rubric::Locale;

/// The fixed texts of one language.
#[derive(Debug)]
pub struct Labels {
    // Sheet names: Excel limits them to 31 characters and forbids `[]:*?/\`.
    /// Per-teacher scores.
    pub sheet_summary: &'static str,
    /// The summary laid out for paper.
    pub sheet_summary_print: &'static str,
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
    /// 规则: where scores are rounded.
    pub rounding_at: &'static str,
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
    /// The signature line under a printed summary.
    pub print_signatures: &'static str,
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
    /// Maximum minus average of an item that starts at 0: points not earned.
    pub average_unearned: &'static str,
    /// Title of the chart of items' average loss and points not earned.
    pub chart_loss_unearned: &'static str,
    /// What 统计's loss columns measure.
    pub stats_loss_note: &'static str,
    /// Title of a teacher's slip.
    pub slip_title: &'static str,
    /// An item's score on a slip.
    pub score: &'static str,
    /// The evidence of an item, summarised on a slip.
    pub evidence_summary: &'static str,
    /// An item with no evidence.
    pub no_evidence: &'static str,
    /// An item at full marks with no evidence.
    pub nothing_deducted: &'static str,
    /// After a grade forced by a veto.
    pub graded_by_veto: &'static str,
    /// The signature line of a slip.
    pub signature: &'static str,
    /// The reviewer's signature line of a slip.
    pub reviewer_signature: &'static str,

    /// The data sheet of a template whose source names no sheet.
    pub template_data_sheet: &'static str,
    /// The instructions sheet of a template.
    pub template_instructions_sheet: &'static str,
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
    /// [`EvidenceKind::Appeal`].
    pub kind_appeal: &'static str,
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
            EvidenceKind::Appeal => self.kind_appeal,
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

static ZH: Labels = Labels::of(Locale::Zh);
static EN: Labels = Labels::of(Locale::En);

impl Labels {
    /// The catalogue's words in `locale`.
    const fn of(locale: Locale) -> Labels {
        Labels {
            sheet_summary: msg::sheet_summary().get(locale),
            sheet_summary_print: msg::sheet_summary_print().get(locale),
            sheet_evidence: msg::sheet_evidence().get(locale),
            sheet_vetoes: msg::sheet_vetoes().get(locale),
            sheet_rules: msg::sheet_rules().get(locale),
            sheet_run: msg::sheet_run().get(locale),
            sheet_problems: msg::sheet_problems().get(locale),
            cell: msg::cell().get(locale),
            problem: msg::problem().get(locale),
            period_to: msg::period_to().get(locale),
            list_separator: msg::list_separator().get(locale),
            seq: msg::seq().get(locale),
            key: msg::key().get(locale),
            name: msg::name().get(locale),
            school: msg::school().get(locale),
            subtotals: msg::subtotals().get(locale),
            total: msg::total().get(locale),
            grade: msg::grade().get(locale),
            veto_reasons: msg::veto_reasons().get(locale),
            category: msg::category().get(locale),
            item: msg::item().get(locale),
            rule: msg::rule().get(locale),
            kind: msg::kind().get(locale),
            points: msg::points().get(locale),
            source_file: msg::source_file().get(locale),
            sheet: msg::sheet().get(locale),
            row: msg::row().get(locale),
            detail: msg::detail().get(locale),
            kind_record: msg::kind_record().get(locale),
            kind_exempt: msg::kind_exempt().get(locale),
            kind_rule_cap: msg::kind_rule_cap().get(locale),
            kind_item_cap: msg::kind_item_cap().get(locale),
            kind_floor: msg::kind_floor().get(locale),
            kind_import: msg::kind_import().get(locale),
            kind_missing: msg::kind_missing().get(locale),
            kind_rounding: msg::kind_rounding().get(locale),
            kind_ratio: msg::kind_ratio().get(locale),
            kind_override: msg::kind_override().get(locale),
            kind_window: msg::kind_window().get(locale),
            kind_relative: msg::kind_relative().get(locale),
            kind_threshold: msg::kind_threshold().get(locale),
            kind_rating: msg::kind_rating().get(locale),
            kind_weighted: msg::kind_weighted().get(locale),
            kind_adjust: msg::kind_adjust().get(locale),
            category_subtotal: msg::category_subtotal().get(locale),
            rank: msg::rank().get(locale),
            grade_basis: msg::grade_basis().get(locale),
            adjust_notes: msg::adjust_notes().get(locale),
            threshold: msg::threshold().get(locale),
            section_categories: msg::section_categories().get(locale),
            section_adjustments: msg::section_adjustments().get(locale),
            factor: msg::factor().get(locale),
            grade_share: msg::grade_share().get(locale),
            section_quota: msg::section_quota().get(locale),
            quota_scope: msg::quota_scope().get(locale),
            quota_counts: msg::quota_counts().get(locale),
            quota_ties: msg::quota_ties().get(locale),
            quota_tie_break: msg::quota_tie_break().get(locale),
            quota_vetoed: msg::quota_vetoed().get(locale),
            veto: msg::veto().get(locale),
            forced_grade: msg::forced_grade().get(locale),
            section_items: msg::section_items().get(locale),
            max: msg::max().get(locale),
            start: msg::start().get(locale),
            start_max: msg::start_max().get(locale),
            start_zero: msg::start_zero().get(locale),
            rule_text: msg::rule_text().get(locale),
            data_source: msg::data_source().get(locale),
            section_vetoes: msg::section_vetoes().get(locale),
            condition: msg::condition().get(locale),
            section_grades: msg::section_grades().get(locale),
            grade_min: msg::grade_min().get(locale),
            grade_rest: msg::grade_rest().get(locale),
            section_scoring: msg::section_scoring().get(locale),
            rounding_places: msg::rounding_places().get(locale),
            rounding_mode: msg::rounding_mode().get(locale),
            rounding_at: msg::rounding_at().get(locale),
            full_marks: msg::full_marks().get(locale),
            tool_version: msg::tool_version().get(locale),
            rubric_file: msg::rubric_file().get(locale),
            rubric_sha256: msg::rubric_sha256().get(locale),
            period: msg::period().get(locale),
            period_all: msg::period_all().get(locale),
            passed_over: msg::passed_over().get(locale),
            section_inputs: msg::section_inputs().get(locale),
            file: msg::file().get(locale),
            sha256: msg::sha256().get(locale),
            sources: msg::sources().get(locale),
            header_row: msg::header_row().get(locale),
            records: msg::records().get(locale),
            not_read: msg::not_read().get(locale),
            section_sources: msg::section_sources().get(locale),
            read: msg::read().get(locale),
            scored: msg::scored().get(locale),
            outside_period: msg::outside_period().get(locale),
            unknown_teacher: msg::unknown_teacher().get(locale),
            section_warnings: msg::section_warnings().get(locale),
            warning_code: msg::warning_code().get(locale),
            warning_message: msg::warning_message().get(locale),
            sheet_stats: msg::sheet_stats().get(locale),
            sheet_slips: msg::sheet_slips().get(locale),
            page_footer: msg::page_footer().get(locale),
            print_signatures: msg::print_signatures().get(locale),
            section_grade_distribution: msg::section_grade_distribution().get(locale),
            count: msg::count().get(locale),
            share: msg::share().get(locale),
            section_item_stats: msg::section_item_stats().get(locale),
            average: msg::average().get(locale),
            minimum: msg::minimum().get(locale),
            maximum: msg::maximum().get(locale),
            average_loss: msg::average_loss().get(locale),
            chart_grades: msg::chart_grades().get(locale),
            chart_loss: msg::chart_loss().get(locale),
            average_unearned: msg::average_unearned().get(locale),
            chart_loss_unearned: msg::chart_loss_unearned().get(locale),
            stats_loss_note: msg::stats_loss_note().get(locale),
            slip_title: msg::slip_title().get(locale),
            score: msg::score().get(locale),
            evidence_summary: msg::evidence_summary().get(locale),
            no_evidence: msg::no_evidence().get(locale),
            nothing_deducted: msg::nothing_deducted().get(locale),
            graded_by_veto: msg::graded_by_veto().get(locale),
            signature: msg::signature().get(locale),
            reviewer_signature: msg::publish_sign_reviewer().get(locale),
            template_data_sheet: msg::template_data_sheet().get(locale),
            template_instructions_sheet: msg::template_instructions_sheet().get(locale),
            template_column: msg::template_column().get(locale),
            template_type: msg::template_type().get(locale),
            template_required: msg::template_required().get(locale),
            template_values: msg::template_values().get(locale),
            template_aliases: msg::template_aliases().get(locale),
            template_yes: msg::template_yes().get(locale),
            template_no: msg::template_no().get(locale),
            template_not_listed: msg::template_not_listed().get(locale),
            kind_appeal: msg::kind_appeal().get(locale),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_distinct_in_both_languages() {
        for locale in [Locale::Zh, Locale::En] {
            let l = labels(locale);
            let names = [
                l.sheet_summary,
                l.sheet_summary_print,
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
