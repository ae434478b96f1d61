//! The catalogue's words for reading exports: files, sheets, headers, cells and the problems found in them.

crate::messages! {}
