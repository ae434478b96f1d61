//! The catalogue's words for scoring: evidence, caps, vetoes, grades, run problems and warnings.

include!(concat!(env!("OUT_DIR"), "/i18n/engine.rs"));
