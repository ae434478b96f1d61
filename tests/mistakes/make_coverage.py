"""Cases about records that are not there, or not the roster's: a teacher
left out of an export (and of one the rubric says every teacher is in,
`every_teacher`), an export of its header only, a key column that
lost its leading zeros, and a key the roster lacks under
`unknown_teachers = "skip"`. Each starts from the sample school as
downloaded and changes what the case is about with openpyxl or Python's
csv module, as an office's other programs would. Run through make.py."""

import csv
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE = ROOT / "examples" / "fangan5-online-teaching"
RUBRIC = ROOT / "rubrics" / "fangan5-online-teaching.toml"
ATTENDANCE = "直播课考勤_2022年3月.xlsx"
EVENTS = "考核事件_2022年3月.xlsx"
HOMEWORK = "作业批改记录.csv"


def _in(case):
    out = HERE / case / "in"
    out.mkdir(parents=True, exist_ok=True)
    return out


def _without_rows(path, sheet, keep):
    """`path`'s sheet with only the data rows whose 工号 `keep(key)` allows,
    below its header, saved by openpyxl."""
    wb = openpyxl.load_workbook(SAMPLE / path.name)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    header = next(
        r for r in range(1, ws.max_row + 1) if "工号" in [c.value for c in ws[r]]
    )
    key = [c.value for c in ws[header]].index("工号")
    for r in range(ws.max_row, header, -1):
        if not keep(ws[r][key].value):
            ws.delete_rows(r)
    wb.save(path)


def teacher_left_out_of_the_attendance_export():
    """The live-lesson export without 0107's rows, as when a teacher is not
    in the DingTalk attendance group the export was taken from."""
    out = _in("teacher-left-out-of-the-attendance-export")
    _without_rows(out / ATTENDANCE, "每日统计", lambda key: key != "0107")


def _every_teacher_under(case, source):
    """The sample rubric with `every_teacher = true` under `[sources.SOURCE]`,
    as the case's rubric.toml."""
    text = RUBRIC.read_text(encoding="utf-8")
    marker = f"[sources.{source}]\nfiles = "
    assert marker in text
    head, tail = text.split(marker, 1)
    line, rest = tail.split("\n", 1)
    text = head + marker + line + "\nevery_teacher = true\n" + rest
    (HERE / case / "rubric.toml").write_text(text, encoding="utf-8")


def teacher_left_out_with_every_teacher():
    """The live-lesson export without 0107's and 0466's rows, with a rubric
    that says every teacher is in it: refused, naming both."""
    case = "teacher-left-out-with-every-teacher"
    out = _in(case)
    _without_rows(out / ATTENDANCE, "每日统计", lambda key: key not in ("0107", "0466"))
    _every_teacher_under(case, "attendance")


def every_teacher_on_the_roster():
    """`every_teacher = true` written under the roster's source instead of
    the attendance export's."""
    case = "every-teacher-on-the-roster"
    (HERE / case).mkdir(parents=True, exist_ok=True)
    _every_teacher_under(case, "roster")


def header_only_events_export():
    """The event log exported with its header and no rows."""
    out = _in("header-only-events-export")
    _without_rows(out / EVENTS, None, lambda key: False)


def _homework_without_leading_zeros(out):
    """The homework CSV as Excel saves it again after opening it: 工号
    read as numbers, `0012` written back as `12` (GBK, CRLF)."""
    with open(SAMPLE / HOMEWORK, encoding="gb18030", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        row[0] = str(int(row[0]))
    with open(out / HOMEWORK, "w", encoding="gb18030", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


def leading_zeros_lost_in_homework_csv():
    _homework_without_leading_zeros(_in("leading-zeros-lost-in-homework-csv"))


def leading_zeros_lost_under_skip():
    """The same CSV with a rubric that skips keys not in the roster: the
    keys are the roster's but for their zeros, so skipping them would drop
    every homework record."""
    case = "leading-zeros-lost-under-skip"
    _homework_without_leading_zeros(_in(case))
    text = RUBRIC.read_text(encoding="utf-8")
    marker = '[roster]\nsource = "roster"\n'
    assert marker in text
    text = text.replace(marker, marker + 'unknown_teachers = "skip"\n', 1)
    (HERE / case / "rubric.toml").write_text(text, encoding="utf-8")


def unknown_key_skipped_is_said():
    """The event log with 0056's 周计划缺交 typed under the key `O056` (a
    letter O), with a rubric that skips keys not in the roster."""
    case = "unknown-key-skipped-is-said"
    out = _in(case)
    wb = openpyxl.load_workbook(SAMPLE / EVENTS)
    ws = wb.worksheets[0]
    typed = [
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, 1).value == "0056"
        and ws.cell(r, 4).value == "周计划缺交"
        and ws.cell(r, 3).value.startswith("3月")
    ]
    ws.cell(typed[0], 1).value = "O056"
    wb.save(out / EVENTS)
    text = RUBRIC.read_text(encoding="utf-8")
    marker = '[roster]\nsource = "roster"\n'
    text = text.replace(marker, marker + 'unknown_teachers = "skip"\n', 1)
    (HERE / case / "rubric.toml").write_text(text, encoding="utf-8")


def half_month_attendance_export():
    """The live-lesson export taken for the first half of March only: its
    title says 统计日期：2022-03-01 至 2022-03-15 and its rows stop there."""
    out = _in("half-month-attendance-export")
    wb = openpyxl.load_workbook(SAMPLE / ATTENDANCE)
    ws = wb["每日统计"]
    ws["A1"] = "每日统计表 统计日期：2022-03-01 至 2022-03-15"
    for r in range(ws.max_row, 3, -1):
        day = ws.cell(r, 6).value  # `22-03-16 星期三`
        if day.startswith("22-03-") and int(day[6:8]) > 15:
            ws.delete_rows(r)
    wb.save(out / ATTENDANCE)


def last_months_manual_scores():
    """The manual scores of February left in March's folder: the file is
    named 人工评分_2022年2月.xlsx and its title says （2022年2月）. The
    source has no date, so no record can tell."""
    out = _in("last-months-manual-scores")
    wb = openpyxl.load_workbook(SAMPLE / "人工评分_2022年3月.xlsx")
    ws = wb.worksheets[0]
    ws["A1"] = ws["A1"].value.replace("2022年3月", "2022年2月")
    wb.save(out / "人工评分_2022年2月.xlsx")


def supplement_in_a_subfolder():
    """A supplement to the event log (one 拒不参加 for 0107, openpyxl) saved
    into a subfolder 补交/ of the month's folder."""
    out = _in("supplement-in-a-subfolder") / "补交"
    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核事件"
    ws.append(["工号", "姓名", "日期", "类别", "级别", "备注"])
    ws.append(["0107", "王建国", "3月25日", "拒不参加", None, "补录"])
    wb.save(out / "考核事件_补录.xlsx")


def holiday_missing_from_the_calendar():
    """The daily-minimums rubric with 清明 (2022-04-04, 2022-04-05) left out
    of its [calendar] holidays, as when April's rubric is reused without
    its holidays: the exports have no record on those days."""
    case = "holiday-missing-from-the-calendar"
    (HERE / case).mkdir(exist_ok=True)
    text = (ROOT / "rubrics" / "daily-minimums.toml").read_text(encoding="utf-8")
    line = "holidays = [2022-04-04, 2022-04-05]"
    assert line in text
    (HERE / case / "rubric.toml").write_text(text.replace(line, "holidays = []", 1), encoding="utf-8")


CASES = {
    "holiday-missing-from-the-calendar": holiday_missing_from_the_calendar,
    "supplement-in-a-subfolder": supplement_in_a_subfolder,
    "half-month-attendance-export": half_month_attendance_export,
    "last-months-manual-scores": last_months_manual_scores,
    "teacher-left-out-of-the-attendance-export": teacher_left_out_of_the_attendance_export,
    "teacher-left-out-with-every-teacher": teacher_left_out_with_every_teacher,
    "every-teacher-on-the-roster": every_teacher_on_the_roster,
    "header-only-events-export": header_only_events_export,
    "leading-zeros-lost-in-homework-csv": leading_zeros_lost_in_homework_csv,
    "leading-zeros-lost-under-skip": leading_zeros_lost_under_skip,
    "unknown-key-skipped-is-said": unknown_key_skipped_is_said,
}
