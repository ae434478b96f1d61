//! Why a teacher has their grade (汇总's 等级依据 and the JSON): the place
//! in the quota ranking, the grade's places, ties, or the veto.

include!(concat!(env!("OUT_DIR"), "/i18n/report/basis.rs"));
