//! The catalogue's words for scoring: evidence, caps, vetoes, grades, run problems and warnings.

crate::messages! {}
