//! Recalculation and audit: what a rule change does before it is applied
//! (`diff`), why a teacher scored what they did (`explain`), whether a
//! rubric and its inputs hold together (`check`), whether a rubric scores
//! its own worked examples as intended (`test`), the term from its months
//! (`rollup`), the manual overrides the assessment group applies after
//! scoring (`overrides`), and the teachers' appeals (`appeals`). Everything here reuses the engine: no second way
//! of computing a score exists to disagree with the first.

pub mod analyze;
pub mod appeals;
pub mod check;
pub mod diff;
pub mod explain;
pub mod overrides;
pub mod results;
pub mod rollup;
pub mod rubric_test;
mod side_file;
mod table;
mod xlsx;

pub use appeals::{apply_appeals, read_appeals, refuse_pending, AppealError, AppealFile};
pub use check::{check_inputs, check_rubric, check_rubric_bytes, Finding, Severity};
pub use diff::{diff, Diff};
pub use explain::{explain, find_teacher, render_tree, Explanation, UnknownTeacher};
pub use overrides::{apply_overrides, read_overrides, Override, OverrideError, OverrideFile};
pub use results::{ResultSet, ResultsError};
pub use rollup::{rollup, Rollup, RollupError, RollupInput};
pub use rubric_test::{run_tests, tests_path, TestError, TestReport};
pub use side_file::SideFile;

use crate::i18n::{audit as msg, Locale, Localize, Text};

/// Something said by another part of kaohe (a reader's error, a row's
/// place), in both languages: English is its `Display`.
pub(crate) fn both(e: &(impl Localize + std::fmt::Display)) -> Text {
    Text {
        en: e.to_string(),
        zh: e.localized(Locale::Zh),
    }
}

/// Names as a list within a sentence, each language with its own separator.
pub(crate) fn list<S: AsRef<str>>(names: &[S]) -> Text {
    let sep = msg::list_separator();
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    Text {
        en: names.join(sep.en),
        zh: names.join(sep.zh),
    }
}
