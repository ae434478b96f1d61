"""Cases about DingTalk's 考勤报表 as Apache POI writes it: four sheets, the
月度汇总 with one column per day. Run through make.py. Each function says
what made the file it writes.

The shape is the real export's (see DOMAIN.md, "The exports as they really
are"): title rows, the header in row 3 with 请假 merged over its kinds and
考勤结果 merged over the day columns, the day numbers in row 4 with weekend
days headed 六/日, the UserId column hidden, numbers stored as text, and an
older version's note row under the table."""

import datetime
import os

import openpyxl

from make_values import folder

SHEETS = ["月度汇总", "打卡时间", "原始记录", "每日统计"]
NOTE = "每天时长=审批单时长/审批单跨越天数"
HEAD = ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "出勤天数", "休息天数",
        "迟到次数", "迟到时长(分钟)", "旷工天数", "缺卡次数"]
LEAVE = ["事假(天)", "病假(天)"]

# name, 工号, UserId, the days that were not a plain 正常 with their cell
PEOPLE = [
    ("王建国", "0101", "0912345601", {3: "正常班:迟到15分钟\n(08:45,18:30)", 11: "上班迟到8分钟"}),
    ("李芳", "0102", "0912345602", {5: "旷工", 12: "上班缺卡"}),
    ("赵敏", "0103", "0912345603", {10: "事假 2026-02-10 08:00到2026-02-10 17:00 8小时"}),
    ("陈静", "0104", "0912345604", {}),
]


def weekday_head(date):
    """A day column's header: its number, or 六/日 on a weekend."""
    return {5: "六", 6: "日"}.get(date.weekday(), str(date.day))


def day_cell(date, special):
    if date.day in special:
        return special[date.day]
    if date.weekday() >= 5:
        return "休息\n(-)"
    return "正常班:正常\n(08:17,18:30)"


def monthly(ws, year, month, days, title=True, note=True, skip=()):
    """The 月度汇总 of the first `days` days of a month, a day column for
    every day but those in `skip`."""
    first = datetime.date(year, month, 1)
    dates = [first + datetime.timedelta(days=d) for d in range(days)]
    dates = [d for d in dates if (d - first).days + 1 not in skip]
    width = len(HEAD) + len(LEAVE) + len(dates)
    last = first + datetime.timedelta(days=days - 1)
    if title:
        ws.cell(row=1, column=1, value=f"月度汇总 统计日期：{first} 至 {last}")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws.cell(row=2, column=1, value=f"报表生成时间：{last + datetime.timedelta(days=1)} 09:12")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    for c, h in enumerate(HEAD, 1):
        ws.cell(row=3, column=c, value=h)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    c = len(HEAD) + 1
    ws.cell(row=3, column=c, value="请假")
    ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + len(LEAVE) - 1)
    for i, h in enumerate(LEAVE):
        ws.cell(row=4, column=c + i, value=h)
    c += len(LEAVE)
    ws.cell(row=3, column=c, value="考勤结果")
    ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=width)
    for i, d in enumerate(dates):
        ws.cell(row=4, column=c + i, value=weekday_head(d))
    ws.column_dimensions["F"].hidden = True
    for r, (name, key, user, special) in enumerate(PEOPLE, 5):
        cells = [day_cell(d, special) for d in dates]
        late = sum("迟到" in t for t in cells)
        rest = sum(t.startswith("休息") for t in cells)
        row = [name, "教师考勤", "示例学校/教务处", key, "教师", user,
               str(len(cells) - rest), str(rest), str(late), str(15 * late),
               str(sum(t == "旷工" for t in cells)), str(sum("缺卡" in t for t in cells)),
               str(sum(t.startswith("事假") for t in cells)), "0"] + cells
        for col, v in enumerate(row, 1):
            ws.cell(row=r, column=col, value=v)
    if note:
        ws.cell(row=5 + len(PEOPLE) + 1, column=1, value=NOTE)


def daily(ws, year, month, days):
    """每日统计: one row per person per day, under two title rows."""
    ws.cell(row=1, column=1, value=f"每日统计 统计日期：{year}-{month:02}-01 至 {year}-{month:02}-{days}")
    ws.cell(row=2, column=1, value="报表生成时间：2026-03-01 09:12")
    head = ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "日期", "班次",
            "上班1打卡时间", "上班1打卡结果", "下班1打卡时间", "下班1打卡结果", "迟到次数"]
    for c, h in enumerate(head, 1):
        ws.cell(row=3, column=c, value=h)
    ws.column_dimensions["F"].hidden = True
    r = 4
    for name, key, user, special in PEOPLE:
        for day in range(1, days + 1):
            d = datetime.date(year, month, day)
            text = day_cell(d, special)
            weekend = text.startswith("休息")
            on = "" if weekend else ("缺卡" if "缺卡" in text else ("迟到" if "迟到" in text else "正常"))
            row = [name, "教师考勤", "示例学校/教务处", key, "教师", user,
                   f"{d:%y-%m-%d} 星期{'一二三四五六日'[d.weekday()]}",
                   "休息" if weekend else "正常班 08:30-17:30",
                   "" if weekend or on == "缺卡" else "08:17", on,
                   "" if weekend else "18:30", "" if weekend else "正常",
                   "1" if on == "迟到" else "0"]
            for c, v in enumerate(row, 1):
                ws.cell(row=r, column=c, value=v)
            r += 1


def punches(ws, title, head):
    """打卡时间 and 原始记录: title rows and their header, with one row."""
    ws.cell(row=1, column=1, value=title)
    ws.cell(row=2, column=1, value="报表生成时间：2026-03-01 09:12")
    for c, h in enumerate(head, 1):
        ws.cell(row=3, column=c, value=h)
    ws.cell(row=4, column=1, value=PEOPLE[0][0])
    ws.cell(row=4, column=4, value=PEOPLE[0][1])


def report(case, year=2026, month=2, days=28, **monthly_options):
    """A 考勤报表 of the month with the four sheets, saved in the case's
    folder with a CSV roster of the four people."""
    wb = openpyxl.Workbook()
    sheets = [wb.active] + [wb.create_sheet() for _ in SHEETS[1:]]
    for ws, name in zip(sheets, SHEETS):
        ws.title = name
    monthly(sheets[0], year, month, days, **monthly_options)
    punches(sheets[1], "打卡时间 统计日期：2026-02-01 至 2026-02-28",
            ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "日期", "打卡时间"])
    punches(sheets[2], "原始记录 统计日期：2026-02-01 至 2026-02-28",
            ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "考勤日期", "考勤时间", "打卡结果"])
    daily(sheets[3], year, month, days)
    d = folder(case)
    wb.save(os.path.join(d, f"示例学校_考勤报表_{year}{month:02}01-{year}{month:02}{days}.xlsx"))
    with open(os.path.join(d, "教师名册.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("工号,姓名\n" + "".join(f"{k},{n}\n" for n, k, _, _ in PEOPLE))


def dingtalk_monthly_summary_per_day():
    """A DingTalk 考勤报表 of February 2026 (openpyxl, in the export's
    shape), its 月度汇总 scored one record per person per day."""
    report("dingtalk-monthly-summary-per-day")


def dingtalk_day_numbers_with_a_gap():
    """The February 考勤报表 (openpyxl) with day 5's column deleted."""
    report("dingtalk-day-numbers-with-a-gap", skip=(5,))


def dingtalk_march_read_as_february():
    """A 考勤报表 of March 2026 (openpyxl) with its title rows deleted,
    scored as February: March starts on a Sunday too, so its weekend
    columns fit February's until day 29."""
    report("dingtalk-march-read-as-february", month=3, days=31, title=False)


def dingtalk_title_against_the_period():
    """The February 考勤报表 (openpyxl), scored with --period 2026-03."""
    report("dingtalk-title-against-the-period")


def dingtalk_no_month_to_be_found():
    """The February 考勤报表 (openpyxl) with its title rows deleted, scored
    without a period."""
    report("dingtalk-no-month-to-be-found", title=False)


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == __name__ and fn.__doc__
    and name.startswith("dingtalk_")
}
