//! What `kaohe serve` says: on the terminal as it starts, and every word of
//! its page (headings, buttons, the clear pages a bad request gets).

include!(concat!(env!("OUT_DIR"), "/i18n/cli/serve.rs"));
