//! The catalogue's words for the command line: clap's help and usage errors, progress and closing lines.

crate::messages! {}
