//! The words of `kaohe publish`: the 公示 list, the slips and the leak check.

include!(concat!(env!("OUT_DIR"), "/i18n/report/publish.rs"));
