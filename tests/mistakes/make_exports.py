"""Cases about attendance exports as WeCom and DingTalk write them: `--`
for nothing, grouped two-level headers. Run through make.py. Each function
says what made the file it writes."""

import os

import openpyxl

from make_values import attendance_of, folder, rubric_with

LATE = 'late_minutes = { headers = ["迟到时长(分钟)", "迟到分钟"], type = "integer", required = false, default = 0 }'
ATTENDANCE = '[sources.attendance]\nfiles = "*考勤*"\n'


def dashes(r):
    """The minutes of a punctual lesson written `--` (WeCom), some `/`."""
    if r[8] is None:
        r[8] = "/" if r[6] == "辅导" else "--"
    return r


def dashes_for_no_late_minutes():
    """0230's attendance (openpyxl) with every empty 迟到时长 written `--`
    (正课) or `/` (辅导), as WeCom writes a zero."""
    wb = attendance_of("0230", dashes)
    wb.save(os.path.join(folder("dashes-for-no-late-minutes"), "直播课考勤_0230.xlsx"))


def dashes_for_no_late_minutes_rubric():
    """The rubric of dashes-for-no-late-minutes: late_minutes reads `--`
    and `/` as nothing."""
    rubric_with("dashes-for-no-late-minutes", LATE,
                LATE[:-2] + ', placeholders = ["--", "/", "—"] }')


def dashes_without_placeholders():
    """0230's attendance (openpyxl) with one empty 迟到时长 written `--`,
    read by the sample's rubric, which has no placeholders."""
    def edit(r):
        if r[5] == "22-03-01 星期二" and r[6] == "辅导":
            r[8] = "--"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("dashes-without-placeholders"), "直播课考勤_0230.xlsx"))


def placeholder_that_is_a_number_rubric():
    """A rubric listing `0` as a placeholder of late_minutes, an integer."""
    rubric_with("placeholder-that-is-a-number", LATE,
                LATE[:-2] + ', placeholders = ["--", "0"] }')


def placeholder_in_a_required_status():
    """0230's attendance (openpyxl) with one 打卡结果 written `--`."""
    def edit(r):
        if r[5] == "22-03-02 星期三" and r[6] == "辅导":
            r[7] = "--"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("placeholder-in-a-required-status"), "直播课考勤_0230.xlsx"))


def placeholder_in_a_required_status_rubric():
    """The rubric of placeholder-in-a-required-status: `--` means nothing
    in every field of the attendance source."""
    rubric_with("placeholder-in-a-required-status", ATTENDANCE,
                ATTENDANCE + 'placeholders = ["--"]\n')


def wps_file(case, name):
    """An `.et` as WPS saves one: an OLE compound file; only its signature
    is written, since kaohe refuses the file by its name."""
    with open(os.path.join(folder(case), name), "wb") as f:
        f.write(bytes.fromhex("d0cf11e0a1b11ae1"))


def wps_et_beside_the_exports():
    """The sample's folder with 0230's attendance also saved by WPS as .et."""
    wps_file("wps-et-beside-the-exports", "直播课考勤_0230.et")


def wps_et_given_by_name():
    """A WPS .et given to --input by name."""
    wps_file("wps-et-given-by-name", "直播课考勤_2022年3月.et")


# WeCom 上下班打卡 日报, 概况统计与打卡明细: the groups of row 3 (a group
# spans the columns up to the next one) and the headers of row 4; 时间, 姓名,
# 账号 and the last two are merged down over both rows.
WECOM_GROUPS = [("时间", 1), ("姓名", 1), ("账号", 1), ("基础信息", 3), ("考勤概况", 9),
                ("异常统计", 10), ("外出打卡", 3), ("加班统计", 8), ("假勤统计", 14),
                ("上班1", 2), ("下班1", 2), ("打卡时间记录", 1), ("打卡详情", 1)]
WECOM_HEADERS = [
    "部门", "职务", "工号",
    "所属规则", "班次", "最早", "最晚", "打卡次数(次)", "标准工作时长(小时)", "实际工作时长(小时)",
    "假勤申请", "考勤结果",
    "异常合计(次)", "迟到次数(次)", "迟到时长(分钟)", "早退次数(次)", "早退时长(分钟)", "旷工次数(次)",
    "旷工时长(分钟)", "缺卡次数(次)", "地点异常(次)", "设备异常(次)",
    "外出打卡次数(次)", "最早", "最晚",
    "加班状态", "加班时长(小时)", "工作日加班计为调休(小时)", "工作日加班计为加班费(小时)",
    "休息日加班计为调休(小时)", "休息日加班计为加班费(小时)", "节假日加班计为调休(小时)",
    "节假日加班计为加班费(小时)",
    "补卡次数(次)", "审批打卡次数(次)", "外勤次数(次)", "外出(小时)", "出差(天)", "事假(天)", "病假(天)",
    "调休假(天)", "年假(天)", "婚假(天)", "产假(天)", "陪产假(天)", "其他(天)", "丧假(天)",
    "打卡时间", "打卡状态", "打卡时间", "打卡状态",
]
# (姓名, 账号, day, 最早, 最晚, 考勤结果, {header: value}, 上班1 状态, 下班1 状态)
WECOM_DAYS = [
    ("张伟", "ZhangWei", "2026/02/02 星期一", "09:30", "18:05", "迟到30分钟",
     {"异常合计(次)": 1, "迟到次数(次)": 1, "迟到时长(分钟)": 30}, "迟到30分钟", "正常"),
    ("张伟", "ZhangWei", "2026/02/03 星期二", "08:55", "--", "缺卡1次",
     {"异常合计(次)": 1, "缺卡次数(次)": 1}, "正常", "缺卡（18:00）"),
    ("张伟", "ZhangWei", "2026/02/04 星期三", "08:50", "18:10", "正常", {}, "正常", "正常"),
    ("李娜", "13800000000", "2026/02/02 星期一", "08:40", "17:06", "早退54分钟",
     {"异常合计(次)": 1, "早退次数(次)": 1, "早退时长(分钟)": 54}, "正常", "失效 早退54分钟"),
    ("李娜", "13800000000", "2026/02/03 星期二", "09:00", "18:09", "正常（补卡）",
     {"补卡次数(次)": 1}, "正常(补卡)", "正常"),
    ("李娜", "13800000000", "2026/02/04 星期三", "--", "--", "正常（请假）",
     {"年假(天)": 1}, "--", "--"),
    ("王强", "WangQiang", "2026/02/02 星期一", "--", "--", "旷工480分钟",
     {"异常合计(次)": 1, "旷工次数(次)": 1, "旷工时长(分钟)": 480}, "缺卡（09:00）", "缺卡（18:00）"),
    ("王强", "WangQiang", "2026/02/03 星期二", "08:59", "18:01", "正常", {}, "正常", "正常"),
    ("王强", "WangQiang", "2026/02/04 星期三", "08:58", "18:30", "正常", {}, "正常", "正常"),
]


def wecom_daily_report():
    """A WeCom 上下班打卡 日报 written by openpyxl in the real export's shape
    (title, period row, two-level header with merged groups, `--` for
    nothing), three people over three days; and the roster as a CSV."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "概况统计与打卡明细"
    width = sum(n for _, n in WECOM_GROUPS)
    ws.cell(row=1, column=1, value="概况统计与打卡明细")
    ws.cell(row=2, column=1, value="统计时间:02-01 ～ 02-28     制表时间:2026-03-10 20:11(UTC+8)")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    col = 1
    headers = iter(WECOM_HEADERS)
    columns = {}
    for group, n in WECOM_GROUPS:
        ws.cell(row=3, column=col, value=group)
        if n == 1:
            ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
            columns.setdefault(group, col)
        else:
            ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + n - 1)
            for c in range(col, col + n):
                h = next(headers)
                ws.cell(row=4, column=c, value=h)
                columns.setdefault((group, h), c)
        col += n
    for r, (name, account, day, first, last, result, counts, on, off) in enumerate(WECOM_DAYS, 5):
        row = ["--"] * width
        row[0], row[1], row[2] = day, name, account
        row[3] = "示例学校/教务处"
        row[6], row[7] = "学校打卡规则", "08:00-12:00、13:00-18:00"
        row[8], row[9], row[14] = first, last, result
        for h, v in counts.items():
            group = next(g for g, _ in WECOM_GROUPS if (g, h) in columns)
            row[columns[(group, h)] - 1] = v
        row[columns[("上班1", "打卡状态")] - 1] = on
        row[columns[("下班1", "打卡状态")] - 1] = off
        row[columns[("上班1", "打卡时间")] - 1] = first
        row[columns[("下班1", "打卡时间")] - 1] = last
        row[width - 2] = f"{first} {last}"
        row[width - 1] = "查看"
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    d = folder("wecom-daily-report-as-downloaded")
    wb.save(os.path.join(d, "上下班打卡_日报_20260201-20260228.xlsx"))
    with open(os.path.join(d, "教师名册.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("账号,姓名\nZhangWei,张伟\n13800000000,李娜\nWangQiang,王强\n")


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == __name__ and fn.__doc__
    and name not in ("dashes", "wps_file", "openpyxl")
}
