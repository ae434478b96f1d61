//! The words of performance pay: the 绩效工资 sheet and each amount's basis.

include!(concat!(env!("OUT_DIR"), "/i18n/report/pay.rs"));
