"""Cases about values inside text: a WeCom 上下班打卡 日报 whose 考勤结果,
假勤申请 and 打卡时间记录 carry quantities and several punches in a cell,
and a DingTalk 每日统计 with a punch after midnight (`次日 01:10`). Each
case's rubric is the right one or one slip away from it. Run through
make.py; the workbooks are written by openpyxl."""

import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# The right rubric: one category of five attendance items read out of text.
RUBRIC = '''# A WeCom 上下班打卡 日报 and a DingTalk 每日统计, read with extract, split and on.
[rubric]
name = "企业微信日报考勤"
locale = "zh"
rounding = { places = 2, mode = "half_up" }

[roster]
source = "roster"
key = "account"
name = "name"

[sources.roster]
files = "*名册*"
[sources.roster.fields]
account = { headers = ["账号"], type = "key" }
name = { headers = ["姓名"], type = "text" }

[sources.daily]
files = "*日报*"
sheet = "概况统计与打卡明细"
teacher = "account"
date = "day"
placeholders = ["--"]
[sources.daily.fields]
account = { headers = ["账号"], type = "key" }
day = { headers = ["时间"], type = "date" }
# 迟到30分钟, 早退149分钟, 旷工480分钟, 缺卡1次, 正常（休息）: the word before the number
result = { headers = ["考勤结果"], type = "enum", values = ["正常", "迟到", "早退", "旷工", "缺卡"], extract = '^(迟到|早退|旷工|缺卡|正常)' }
late = { headers = ["考勤结果"], type = "integer", extract = '迟到(\\d+)分钟', default = 0 }
# 调休假0.5天（2/28 下午 - 2/28 下午）
leave_days = { headers = ["假勤申请"], type = "decimal", extract = '([\\d.]+)天', required = false }
# 08:11 16:21 18:00(补卡): every punch, and the make-up ones
punches = { headers = ["打卡时间记录"], type = "time", split = " ", extract = '^(\\d{1,2}:\\d{2})' }
makeups = { headers = ["打卡时间记录"], type = "time", split = " ", extract = '^(\\d{1,2}:\\d{2})\\(补卡\\)' }

[sources.nights]
files = "*每日统计*"
teacher = "account"
date = "day"
[sources.nights.fields]
account = { headers = ["工号"], type = "key" }
day = { headers = ["日期"], type = "date" }
# 次日 01:10 is the day after 日期
off = { headers = ["下班1打卡时间"], type = "datetime", on = "day" }

[[category]]
id = "attendance"
name = "考勤"
max = 12

[[item]]
id = "late"
name = "迟到"
category = "attendance"
max = 4
[[item.rule]]
kind = "deduct"
source = "daily"
when = "late > 0"
tiers = { by = "late", steps = [{ upto = 10, points = 0.5 }, { points = 1 }] }

[[item]]
id = "makeup"
name = "补卡"
category = "attendance"
max = 2
[[item.rule]]
kind = "deduct"
source = "daily"
when = "size(makeups) > 0"
points = 0.5

[[item]]
id = "absent"
name = "旷工"
category = "attendance"
max = 2
[[item.rule]]
kind = "deduct"
source = "daily"
when = 'result == "旷工"'
points = 2

[[item]]
id = "leave"
name = "请假"
category = "attendance"
max = 2
[[item.rule]]
kind = "deduct"
source = "daily"
when = "leave_days != null && leave_days >= 0.5"
points = 0.5

[[item]]
id = "punches"
name = "打卡次数"
category = "attendance"
max = 1
[[item.rule]]
kind = "deduct"
source = "daily"
when = 'result == "迟到" && size(punches) < 2 || result == "正常" && size(punches) == 1'
points = 1

[[item]]
id = "night"
name = "值守到次日"
category = "attendance"
max = 1
[[item.rule]]
kind = "bonus"
source = "nights"
when = "date(off) > day && time(off) <= time('02:00')"
points = 1

[[grade]]
name = "合格"
min = 8

[[grade]]
name = "不合格"
'''


def roster(d):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名册"
    ws.append(["账号", "姓名"])
    ws.append(["zhangsan", "张三"])
    ws.append(["lisi", "李四"])
    wb.save(os.path.join(d, "教师名册.xlsx"))


def wecom_daily(d):
    """The 概况统计与打卡明细 sheet as WeCom writes it: a title row, the
    period row, a two-level header with 时间/姓名/账号 merged down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "概况统计与打卡明细"
    ws.append(["上下班打卡_日报"])
    ws.append(["统计时间:02-01 ～ 02-28     制表时间:2026-03-01 10:00"])
    ws.append(["时间", "姓名", "账号", "基础信息", None, "考勤概况", None, None, None, "异常统计"])
    ws.append([None, None, None, "部门", "工号", "打卡次数(次)", "假勤申请", "考勤结果",
               "打卡时间记录", "迟到时长(分钟)"])
    for col in "ABC":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:I3")
    rows = [
        ("2026/02/26 星期四", "张三", "zhangsan", 2, "--", "迟到30分钟", "09:30 18:09", 30),
        ("2026/02/27 星期五", "张三", "zhangsan", 2, "--", "正常（补卡）", "09:00(补卡) 18:09", "--"),
        ("2026/02/28 星期六", "张三", "zhangsan", 0, "--", "正常（休息）", "--", "--"),
        ("2026/02/26 星期四", "李四", "lisi", 3, "--", "迟到5分钟", "08:35 16:21 18:00(补卡)", 5),
        ("2026/02/27 星期五", "李四", "lisi", 0, "--", "旷工480分钟", "--", "--"),
        ("2026/02/28 星期六", "李四", "lisi", 1, "调休假0.5天（2/28 下午 - 2/28 下午）",
         "正常（请假）", "08:11", "--"),
    ]
    for day, name, account, count, leave, result, punches, late in rows:
        ws.append([day, name, account, "语文组", "--", count, leave, result, punches, late])
    wb.save(os.path.join(d, "上下班打卡_日报_202602.xlsx"))


def dingtalk_nights(d, off_header="下班1打卡时间"):
    """DingTalk's 每日统计: a title row, then the header; a punch after
    midnight written `次日 01:10` beside the row's date."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "每日统计"
    ws.append(["每日统计表 统计日期：2026-02-01 至 2026-02-28"])
    ws.append(["姓名", "工号", "日期", off_header])
    ws.append(["张三", "zhangsan", "26-02-26 星期四", "次日 01:10"])
    ws.append(["李四", "lisi", "26-02-26 星期四", "18:30"])
    ws.append(["李四", "lisi", "26-02-27 星期五", "次日02:30"])
    wb.save(os.path.join(d, "考勤报表_每日统计.xlsx"))


def case(name, rubric):
    folder = os.path.join(HERE, name)
    d = os.path.join(folder, "in")
    os.makedirs(d, exist_ok=True)
    roster(d)
    wecom_daily(d)
    dingtalk_nights(d)
    with open(os.path.join(folder, "rubric.toml"), "w", encoding="utf-8") as f:
        f.write(rubric)


def swap(old, new):
    assert old in RUBRIC, old
    return RUBRIC.replace(old, new)


CASES = {
    "wecom-daily-read-out-of-text": lambda: case("wecom-daily-read-out-of-text", RUBRIC),
    "extract-with-two-groups": lambda: case("extract-with-two-groups", swap(
        "extract = '迟到(\\d+)分钟'", "extract = '(迟到|早退)(\\d+)分钟'")),
    "extract-pattern-unclosed": lambda: case("extract-pattern-unclosed", swap(
        "extract = '迟到(\\d+)分钟'", "extract = '迟到(\\d+分钟'")),
    "extract-no-match-in-a-required-field": lambda: case(
        "extract-no-match-in-a-required-field",
        swap("extract = '迟到(\\d+)分钟', default = 0", "extract = '迟到(\\d+)分钟'")),
    "list-compared-as-a-number": lambda: case("list-compared-as-a-number", swap(
        'when = "size(makeups) > 0"', 'when = "makeups > 0"')),
    "on-names-a-text-field": lambda: case("on-names-a-text-field", swap(
        'on = "day"', 'on = "account"')),
    "next-day-in-a-time-field": lambda: case("next-day-in-a-time-field", swap(
        'type = "datetime", on = "day"', 'type = "time"').replace(
        "date(off) > day && time(off) <= time('02:00')", "off <= time('02:00')")),
}
