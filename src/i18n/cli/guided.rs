//! The guided run: kaohe opened without arguments (from Explorer) asks three
//! questions and scores a month.

include!(concat!(env!("OUT_DIR"), "/i18n/cli/guided.rs"));
