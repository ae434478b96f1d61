//! The catalogue's words for the audit commands: check, explain, diff,
//! rollup, test and overrides. One file per command (and one for the
//! results `diff` and `rollup` read back), so each stays a size a
//! reader can take in; callers name a message as `i18n::audit::name`
//! whichever file holds it.

mod analyze;
mod appeals;
mod check;
mod diff;
mod explain;
mod overrides;
mod results;
mod rollup;
mod rubric_test;

pub use analyze::*;
pub use appeals::*;
pub use check::*;
pub use diff::*;
pub use explain::*;
pub use overrides::*;
pub use results::*;
pub use rollup::*;
pub use rubric_test::*;

// --- lists and separators, in sentences and lines of every command
crate::messages! {
    /// Between the names of a list shown in a sentence: ids, file patterns, fields.
    list_separator { en: ", ", zh: "、" }
    /// Between where something is (a finding's location, a row) and what is said of it.
    location_separator { en: ": ", zh: "：" }
}

// --- the teacher's columns, in the tables of `diff` and `rollup`
crate::messages! {
    /// Terminal table column: the teacher's key.
    table_key { en: "key", zh: "工号" }
    /// Terminal table column: the teacher's name.
    table_name { en: "name", zh: "姓名" }
    /// Workbook column: the teacher's key.
    column_key { en: "Key", zh: "工号" }
    /// Workbook column: the teacher's name.
    column_name { en: "Name", zh: "姓名" }
}

// --- the printed workbooks of `diff` and `rollup`
crate::messages! {
    /// The title row of a printed sheet: the sheet's name, then what the workbook is of.
    printed_title(sheet, what) {
        en: "{sheet} — {what}",
        zh: "{sheet}——{what}",
    }
}
