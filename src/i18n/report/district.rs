//! The district summary's own words (区汇总.xlsx); the words it shares with
//! the school workbook are the sheet entries.

// --- the district summary's file and sheets
crate::messages! {
    /// The district summary's file name.
    district_file_name { en: "district-summary.xlsx", zh: "区汇总.xlsx" }
    /// Each page's header: the rubric's name and what the workbook is.
    district_title(rubric) { en: "{rubric} district summary", zh: "{rubric} 区汇总" }
    /// Each printed page's header: the [`district_title`] and the period it covers.
    district_print_title(title, period) { en: "{title}, {period}", zh: "{title}，{period}" }
    /// One row per school.
    district_sheet_schools { en: "Schools", zh: "学校汇总" }
    /// Every teacher of the district.
    district_sheet_teachers { en: "Teachers", zh: "全区教师" }
    /// The problems of each school that failed.
    district_sheet_failures { en: "Failures", zh: "失败" }
}

// --- the schools sheet
crate::messages! {
    /// Whether a school was scored.
    district_status { en: "Status", zh: "状态" }
    /// A school scored with every record.
    district_scored { en: "scored", zh: "已评分" }
    /// A school scored, some records skipped for data problems.
    district_scored_skipping { en: "scored, records skipped", zh: "已评分（跳过部分记录）" }
    /// A school that could not be scored.
    district_failed { en: "failed", zh: "失败" }
    /// A school's number of teachers.
    district_teachers { en: "Teachers", zh: "教师人数" }
    /// A school's mean total.
    district_mean { en: "Mean total", zh: "平均总分" }
    /// A school's lowest total.
    district_min { en: "Lowest total", zh: "最低总分" }
    /// A school's highest total.
    district_max { en: "Highest total", zh: "最高总分" }
    /// A school's number of vetoed teachers.
    district_vetoed { en: "Vetoed", zh: "否决人数" }
    /// A school's records skipped, or its problems when it failed.
    district_problems { en: "Data problems", zh: "数据问题" }
    /// The link to a school's own workbook.
    district_workbook { en: "Scored workbook", zh: "评分工作簿" }
    /// The groups a school's quota ranked within, when it has several.
    district_scopes { en: "Ranked within", zh: "排名范围" }
}

// --- the teachers, failures and run sheets
crate::messages! {
    /// A teacher's rank in their school.
    district_rank_in_school { en: "Rank in school", zh: "校内排名" }
    /// A failing school's problem.
    district_problem { en: "Problem", zh: "问题" }
    /// Section title: each school's input files.
    district_section_schools { en: "Each school's inputs", zh: "各校输入文件" }
}
