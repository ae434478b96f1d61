//! The library's one error: every kind of failure the library returns, the
//! exit code each kind means, and its message in either language. The binary
//! renders an error once, through this, so a new kind of failure is a new
//! variant here and the compiler asks for its exit code and its words.

use crate::audit::{
    AppealError, OverrideError, ResultsError, RollupError, TestError, UnknownTeacher,
};
use crate::engine::{InputsError, ScoreError};
use crate::i18n::{Locale, Localize, Text};
use crate::input::{DataError, InputError};
use crate::report::{ReportError, TemplateError};
use crate::rubric::RubricError;

/// Exit code of a usage error, and of a rubric that cannot be used.
pub const USAGE: u8 = 2;
/// Exit code of input data that cannot be scored.
pub const DATA: u8 = 3;
/// Exit code of a fault in kaohe, or a failure that is neither usage nor data.
pub const FAULT: u8 = 1;

/// One kind of failure the library returns: its exit code and its words.
pub trait Kind: Localize {
    /// The documented exit code: 2 usage or rubric, 3 input data, 1 else.
    fn exit_code(&self) -> u8;
}

/// Declares [`Error`] with one variant per room error type, its `From`
/// impls, and [`kind`], from one list, so the three cannot disagree.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident($ty:ty),)*) => {
        /// Every failure the library returns.
        #[derive(Debug)]
        pub enum Error {
            $($(#[$doc])* $variant($ty),)*
            /// The command line asks for something that cannot be done; the
            /// message is already in the language in force.
            Usage(String),
            /// A fault in kaohe (a panic), in both languages.
            Internal(Text),
        }

        $(
            impl From<$ty> for Error {
                fn from(e: $ty) -> Self {
                    Error::$variant(e)
                }
            }
        )*

        impl Error {
            /// The room error this wraps, if it is one.
            fn room(&self) -> Option<&dyn Kind> {
                match self {
                    $(Error::$variant(e) => Some(e),)*
                    Error::Usage(_) | Error::Internal(_) => None,
                }
            }
        }

        /// The library's kind of one link of an error chain, if it is one.
        pub fn kind<'a>(link: &'a (dyn std::error::Error + 'static)) -> Option<&'a dyn Kind> {
            $(
                if let Some(e) = link.downcast_ref::<$ty>() {
                    return Some(e);
                }
            )*
            None
        }
    };
}

kinds! {
    /// Scoring failed: unreadable or unscorable data, or a fault.
    Score(ScoreError),
    /// The input files or folders could not be listed.
    Inputs(InputsError),
    /// The rubric cannot be used.
    Rubric(RubricError),
    /// A file could not be read.
    Input(InputError),
    /// A value in the data could not be read.
    Data(DataError),
    /// The output could not be written.
    Report(ReportError),
    /// The blank input template could not be made.
    Template(TemplateError),
    /// `kaohe explain` was asked about a teacher the results do not hold.
    UnknownTeacher(UnknownTeacher),
    /// The rubric's tests could not be run.
    Test(TestError),
    /// Results could not be rolled up.
    Rollup(RollupError),
    /// A results file could not be read.
    Results(ResultsError),
    /// The overrides file could not be applied.
    Override(OverrideError),
    /// The appeals file could not be applied, or appeals are pending.
    Appeal(AppealError),
}

impl Error {
    /// The documented exit code of this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => USAGE,
            Error::Internal(_) => FAULT,
            _ => self.room().map_or(FAULT, Kind::exit_code),
        }
    }
}

impl Localize for Error {
    fn localized(&self, locale: Locale) -> String {
        match self {
            Error::Usage(said) => said.clone(),
            Error::Internal(why) => why.get(locale).to_string(),
            _ => self
                .room()
                .map_or_else(String::new, |e| e.localized(locale)),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Locale::En))
    }
}

impl std::error::Error for Error {}

impl Kind for ScoreError {
    fn exit_code(&self) -> u8 {
        match self {
            ScoreError::Internal(_) => FAULT,
            // A run that needs a period and was given none is a usage error.
            ScoreError::NoPeriod | ScoreError::NoYear(_) => USAGE,
            ScoreError::Read(_)
            | ScoreError::MissingSource { .. }
            | ScoreError::Data(_)
            | ScoreError::Duplicate(_)
            | ScoreError::OutsidePeriod { .. }
            | ScoreError::Undated { .. }
            | ScoreError::Pay(_) => DATA,
        }
    }
}

impl Kind for OverrideError {
    fn exit_code(&self) -> u8 {
        match self {
            OverrideError::Internal(_) => FAULT,
            OverrideError::Read(_) | OverrideError::Io { .. } | OverrideError::Rows(_) => DATA,
        }
    }
}

impl Kind for AppealError {
    fn exit_code(&self) -> u8 {
        match self {
            AppealError::Internal(_) => FAULT,
            AppealError::Read(_)
            | AppealError::Io { .. }
            | AppealError::Rows(_)
            | AppealError::Pending(_) => DATA,
        }
    }
}

/// Kinds whose every case has one exit code.
macro_rules! one_code {
    ($($ty:ty => $code:expr,)*) => {
        $(
            impl Kind for $ty {
                fn exit_code(&self) -> u8 {
                    $code
                }
            }
        )*
    };
}

one_code! {
    RubricError => USAGE,
    UnknownTeacher => USAGE,
    TestError => USAGE,
    RollupError => DATA,
    ResultsError => DATA,
    // Said as they are; the code they have always had.
    InputsError => FAULT,
    InputError => FAULT,
    DataError => FAULT,
    ReportError => FAULT,
    TemplateError => FAULT,
}
