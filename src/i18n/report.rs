//! The catalogue's words for the scored workbook and the JSON: sheet names, headers, sections and the rules in words.

crate::messages! {}
