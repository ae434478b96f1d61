//! `score --by-school`: a district scored a school at a time.

// --- the district folder and the flags
crate::messages! {
    /// `--by-school` with other than one `--input`.
    by_school_one_input {
        en: "--by-school takes one --input: the district folder holding a folder per school",
        zh: "--by-school 只接受一个 --input：存放各校文件夹的区文件夹",
    }
    /// `--by-school` with an `--input` that is not a folder.
    by_school_not_folder(path) {
        en: "--by-school: {path} is not a folder; give the district folder holding a folder per school",
        zh: "--by-school：{path} 不是文件夹；请给出存放各校文件夹的区文件夹",
    }
    /// `--by-school`: spreadsheets (`files`) loose in the district folder.
    by_school_loose_files(root, files) {
        en: "{root} holds spreadsheets outside any school folder: {files}. With --by-school each school's files go in a folder named after the school; copy a district-wide roster into each school's folder",
        zh: "{root} 下有不属于任何学校文件夹的表格：{files}。使用 --by-school 时，每所学校的文件放在以校名命名的文件夹中；全区共用的名册请复制到各校文件夹",
    }
    /// `--by-school`: the district folder holds no school folder.
    by_school_no_schools(root) {
        en: "{root} holds no school folders; with --by-school each school has a folder",
        zh: "{root} 中没有学校文件夹；使用 --by-school 时，每所学校一个文件夹",
    }
    /// `--by-school` with an `--out` that is a file.
    by_school_out_is_file(path) {
        en: "--out {path} is a file; with --by-school --out is the folder the workbooks go in",
        zh: "--out {path} 是文件；使用 --by-school 时 --out 是存放各校工作簿的文件夹",
    }
    /// `--by-school` with the output folder inside the district folder.
    by_school_out_inside(path) {
        en: "the output folder {path} is inside the district folder, where the next run would take it for a school; write it elsewhere",
        zh: "输出文件夹 {path} 在区文件夹内，下次运行会被当作学校；请写到区文件夹之外",
    }
    /// A `flag` that `--by-school` does not take.
    by_school_refuses(flag) {
        en: "{flag} cannot be used with --by-school",
        zh: "{flag} 不能与 --by-school 同时使用",
    }
    /// A school folder named like the district summary.
    by_school_name_clash(name) {
        en: "a school folder is named {name}, like the district summary; rename the folder",
        zh: "学校文件夹 {name} 与区汇总文件同名；请给文件夹改名",
    }
}

// --- each school, and the district's closing lines
crate::messages! {
    /// A school scored, its workbook written to `out`.
    school_scored(school, teachers, out) {
        en: "{school}: scored {teachers} teachers → {out}",
        zh: "{school}：已为 {teachers} 位教师评分 → {out}",
    }
    /// A school scored, no workbook written.
    school_scored_no_output(school, teachers) {
        en: "{school}: scored {teachers} teachers",
        zh: "{school}：已为 {teachers} 位教师评分",
    }
    /// A school not scored, before its `count` problems.
    school_failed(school, count) {
        en: "{school}: not scored, no workbook written; {count} problem(s):",
        zh: "{school}：未评分，未写出工作簿，{count} 个问题：",
    }
    /// A scored school's run warning.
    school_warning(school, warning) {
        en: "{school}: {warning}",
        zh: "{school}：{warning}",
    }
    /// A school's quota counted within each value (`scopes`) of its scope field.
    quota_split(school, scopes) {
        en: "{school}'s roster has several values of the quota's scope field ({scopes}): places were counted within each, not across the school",
        zh: "{school} 的名册中，名额范围字段有多个值（{scopes}）：名额在各值内分别计算，而不是在全校内",
    }
    /// A school's workbook from an earlier run removed, as the school failed this time.
    stale_removed(path) {
        en: "removed {path}, written by an earlier run: the school was not scored this time",
        zh: "已删除上次运行写出的 {path}：该校本次未评分",
    }
    /// Closing line of `--by-school`: `scored` of `schools`, `failed` failed, written to `out`.
    district_scored(scored, schools, failed, out) {
        en: "scored {scored} of {schools} schools, {failed} failed → {out}",
        zh: "已评分 {scored}/{schools} 所学校，失败 {failed} 所 → {out}",
    }
    /// Closing line of `--by-school` when nothing is written.
    district_scored_no_output(scored, schools, failed) {
        en: "scored {scored} of {schools} schools, {failed} failed",
        zh: "已评分 {scored}/{schools} 所学校，失败 {failed} 所",
    }
    /// Error after a district run where `failed` schools failed, listed in `listed`.
    schools_failed(failed, listed) {
        en: "{failed} school(s) not scored (problems above, and listed in {listed})",
        zh: "{failed} 所学校未评分（问题见上，并列于 {listed}）",
    }
    /// A school the workers never reached: a fault in kaohe.
    school_not_scored(name) {
        en: "school {name} was not scored",
        zh: "学校 {name} 没有评分",
    }
    /// Where failures are listed when no folder is written.
    the_json_summary { en: "the JSON summary", zh: "JSON 汇总" }
}
