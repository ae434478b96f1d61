//! The guided run: kaohe opened without arguments (from Explorer) asks three
//! questions and scores a month.

// --- the questions and the answers
crate::messages! {
    /// Guided run (opened without arguments from Explorer): its first line, with the `version`.
    guided_intro(version) {
        en: "kaohe {version}: answer three questions to score a month. (On a command line, see kaohe --help)",
        zh: "kaohe 考核评分 {version}：回答三个问题，为一个月评分。（在命令行中使用请看 kaohe --help）",
    }
    /// Guided run: asks for the month's folder.
    guided_folder {
        en: "1. The folder holding the month's exported spreadsheets (you can drag it into this window), then Enter: ",
        zh: "1. 本月导出的表格所在的文件夹（可把文件夹拖进本窗口），然后按回车：",
    }
    /// Guided run: what was `typed` is not a folder.
    guided_not_folder(typed) {
        en: "   \"{typed}\" is not a folder; try again",
        zh: "   “{typed}” 不是文件夹，请重新输入",
    }
    /// Guided run: before the list of ready rubrics.
    guided_rubrics { en: "2. The rubric:", zh: "2. 评分方案：" }
    /// Guided run: asks for a rubric's number or file.
    guided_rubric {
        en: "   A number above, or the path of a rubric file (.toml): ",
        zh: "   输入上面的编号，或方案文件（.toml）的路径：",
    }
    /// Guided run: what was `typed` is neither a number nor a rubric file.
    guided_no_rubric(typed) {
        en: "   \"{typed}\" is neither a number above nor a rubric file; try again",
        zh: "   “{typed}” 既不是上面的编号，也不是方案文件，请重新输入",
    }
    /// Guided run: asks for the month.
    guided_month { en: "3. The month (as 2022-03): ", zh: "3. 考核月份（如 2022-03）：" }
    /// Guided run: asks for the month; the rubric has its own period.
    guided_month_or_own {
        en: "3. The month (as 2022-03; Enter alone for the rubric's own period): ",
        zh: "3. 考核月份（如 2022-03；直接按回车则用方案中写明的考核期）：",
    }
    /// Guided run: where the scored workbook was written.
    guided_where(path) {
        en: "The scored workbook: {path}",
        zh: "评分结果工作簿：{path}",
    }
    /// Guided run: before the window closes.
    guided_enter { en: "Press Enter to close this window…", zh: "按回车键关闭本窗口…" }
    /// Guided run: the workbook's file name without `.xlsx`, from the folder and month (`stem`).
    guided_out_name(stem) {
        en: "{stem}_scored",
        zh: "{stem}_评分结果",
    }
}
