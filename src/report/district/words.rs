//! The district workbook's own labels in both languages.

use crate::rubric::Locale;

/// The district summary's file name in `locale`: `区汇总.xlsx` or
/// `district-summary.xlsx`.
pub fn district_file_name(locale: Locale) -> &'static str {
    words(locale).file_name
}

/// The district's fixed words, in each language (the school workbook's
/// words come from [`labels`]).
pub(super) struct Words {
    pub file_name: &'static str,
    pub sheet_schools: &'static str,
    pub sheet_teachers: &'static str,
    pub sheet_failures: &'static str,
    pub status: &'static str,
    pub scored: &'static str,
    pub scored_skipping: &'static str,
    pub failed: &'static str,
    pub teachers: &'static str,
    pub mean: &'static str,
    pub min: &'static str,
    pub max: &'static str,
    pub vetoed: &'static str,
    pub problems: &'static str,
    pub workbook: &'static str,
    pub rank_in_school: &'static str,
    pub scopes: &'static str,
    pub section_schools: &'static str,
    pub title: &'static str,
}

static ZH: Words = Words {
    file_name: "区汇总.xlsx",
    sheet_schools: "学校汇总",
    sheet_teachers: "全区教师",
    sheet_failures: "失败",
    status: "状态",
    scored: "已评分",
    scored_skipping: "已评分（跳过部分记录）",
    failed: "失败",
    teachers: "教师人数",
    mean: "平均总分",
    min: "最低总分",
    max: "最高总分",
    vetoed: "否决人数",
    problems: "数据问题",
    workbook: "评分工作簿",
    rank_in_school: "校内排名",
    scopes: "排名范围",
    section_schools: "各校输入文件",
    title: "区汇总",
};

static EN: Words = Words {
    file_name: "district-summary.xlsx",
    sheet_schools: "Schools",
    sheet_teachers: "Teachers",
    sheet_failures: "Failures",
    status: "Status",
    scored: "scored",
    scored_skipping: "scored, records skipped",
    failed: "failed",
    teachers: "Teachers",
    mean: "Mean total",
    min: "Lowest total",
    max: "Highest total",
    vetoed: "Vetoed",
    problems: "Data problems",
    workbook: "Scored workbook",
    rank_in_school: "Rank in school",
    scopes: "Ranked within",
    section_schools: "Each school's inputs",
    title: "district summary",
};

pub(super) fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Zh => &ZH,
        Locale::En => &EN,
    }
}
