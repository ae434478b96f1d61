"""Cases about values: invisible characters, blanks, `map` and note or total
rows under a table. Run through make.py. Each function says what made the
file it writes."""

import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import Alignment

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tests", "mistakes")
SAMPLE = os.path.join(ROOT, "examples", "fangan5-online-teaching")


def folder(case):
    d = os.path.join(HERE, case, "in")
    os.makedirs(d, exist_ok=True)
    return d


def attendance_of(key, edit):
    """The sample's 每日统计 cut down to one teacher's rows (title rows and
    header kept), so a case's file stays a few KB; `edit(row)` may change a
    row's values (a list) and returns it."""
    src = openpyxl.load_workbook(os.path.join(SAMPLE, "直播课考勤_2022年3月.xlsx"))["每日统计"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "每日统计"
    rows = list(src.iter_rows(values_only=True))
    for r in rows[:3]:
        ws.append(list(r))
    ws.merge_cells("A1:J1")
    ws.merge_cells("A2:J2")
    for r in rows[3:]:
        if r[3] == key:
            ws.append(edit(list(r)))
    return wb


def libreoffice_resave(path):
    """Opens and saves a workbook with LibreOffice, which computes and stores
    each formula's value as Excel and WPS do."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx",
                        "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path)


def zero_width_space_after_approval():
    """陈晓燕's (0230) attendance written by openpyxl, as copied from a chat:
    a zero-width space after each 补卡审批通过, a word joiner inside the
    header 关联的审批单 and a BOM before one 正课."""
    def edit(r):
        if r[9] == "补卡审批通过":
            r[9] = "补卡审批通过\u200b"
        if r[5] == "22-03-01 星期二" and r[6] == "正课":
            r[6] = "\ufeff正课"
        return r
    wb = attendance_of("0230", edit)
    wb["每日统计"]["J3"] = "关联的\u2060审批单"
    wb.save(os.path.join(folder("zero-width-space-after-approval"), "直播课考勤_0230.xlsx"))


def invisible_character_in_an_unknown_status():
    """0230's attendance (openpyxl) with a status 旷工 followed by a
    zero-width space: 旷工 is not a value of 打卡结果."""
    def edit(r):
        if r[5] == "22-03-02 星期三" and r[6] == "辅导":
            r[7] = "旷工\u200b"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("invisible-character-in-an-unknown-status"), "直播课考勤_0230.xlsx"))


def roster(edit):
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, "教师名册.xlsx"))
    edit(wb.active)
    return wb


def names_shown_as_the_roster_writes_them():
    """The roster (openpyxl) with 欧阳 娜 written with a space and 张杰 (2579)
    renamed 孙磊（已离职） with full-width brackets."""
    def edit(ws):
        ws["B7"] = "欧阳 娜"
        ws["B35"] = "孙磊（已离职）"
    roster(edit).save(os.path.join(folder("names-shown-as-the-roster-writes-them"), "教师名册.xlsx"))


def blank_attendance_status():
    """0230's attendance (openpyxl) with the 打卡结果 of one 正课 left blank."""
    def edit(r):
        if r[5] == "22-03-02 星期三" and r[6] == "正课":
            r[7] = None
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("blank-attendance-status"), "直播课考勤_0230.xlsx"))


def blank_cells_in_roster_and_scores():
    """The roster (openpyxl) with 学科 (text) blank for 0063 and 姓名 blank
    for 0107; the manual scores with 集体备课 (a number) blank for 0056."""
    def edit(ws):
        ws["D4"] = None
        ws["B5"] = None
    d = folder("blank-cells-in-roster-and-scores")
    roster(edit).save(os.path.join(d, "教师名册.xlsx"))
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, "人工评分_2022年3月.xlsx"))
    wb.active["C6"] = None
    wb.save(os.path.join(d, "人工评分_2022年3月.xlsx"))


def map_on_a_text_field():
    """0230's attendance (openpyxl) with the approvals written 已批, which the
    case's rubric maps to 补卡审批通过."""
    def edit(r):
        if r[9] == "补卡审批通过":
            r[9] = "已批"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("map-on-a-text-field"), "直播课考勤_0230.xlsx"))


def footer(ws, text, row, width):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="left")


def footer_under_the_roster():
    """The roster as an office finishes it (openpyxl): a blank line, then a
    note merged across the table's width, 制表人：王老师　审核人：, and a
    second one, 说明：…, merged over two lines."""
    def edit(ws):
        footer(ws, "制表人：王老师　审核人：", 43, 6)
        ws.cell(row=44, column=1, value="说明：离职教师不参加本月考核")
        ws.merge_cells("A44:F45")
    roster(edit).save(os.path.join(folder("footer-under-the-roster"), "教师名册.xlsx"))


def footer_under_the_roster_saved_by_libreoffice():
    """footer-under-the-roster's roster opened and saved by LibreOffice, which
    writes merged cells, shared strings and blank rows its own way."""
    src = os.path.join(HERE, "footer-under-the-roster", "in", "教师名册.xlsx")
    path = os.path.join(folder("footer-under-the-roster-saved-by-libreoffice"), "教师名册.xlsx")
    shutil.copy(src, path)
    libreoffice_resave(path)


def teacher_below_the_footer():
    """The roster (openpyxl) with the 制表人 line, then a teacher added under it."""
    def edit(ws):
        footer(ws, "制表人：王老师", 42, 6)
        for c, v in enumerate(["3001", "钱进", "光荣巷小学", "数学", 2, None], start=1):
            ws.cell(row=43, column=c, value=v)
    roster(edit).save(os.path.join(folder("teacher-below-the-footer"), "教师名册.xlsx"))


def total_row_under_manual_scores():
    """The manual scores with a 合计 row of SUM formulas (openpyxl), opened
    and saved by LibreOffice so the sums are stored as a spreadsheet stores
    them, then a 审核人： line."""
    d = folder("total-row-under-manual-scores")
    path = os.path.join(d, "人工评分_2022年3月.xlsx")
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, "人工评分_2022年3月.xlsx"))
    ws = wb.active
    last = ws.max_row
    ws.cell(row=last + 1, column=1, value="合计")
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=2)
    for c in range(3, 9):
        col = openpyxl.utils.get_column_letter(c)
        ws.cell(row=last + 1, column=c, value=f"=SUM({col}5:{col}{last})")
    ws.cell(row=last + 2, column=1, value="审核人：")
    wb.save(path)
    libreoffice_resave(path)


EVENTS = "考核事件_2022年3月.xlsx"
# 赵志刚's third missing weekly plan, with the clerk's running count in 备注.
TALLY = ["0056", "赵志刚", "3月28日", "周计划缺交", None, "合计3次"]


def running_count_in_an_event_note():
    """The events (openpyxl) with one more record typed under the last: 0056's
    third missing weekly plan, 备注 合计3次, the clerk's running count. Read
    as a total row, it was dropped without a word."""
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, EVENTS))
    wb.active.append(TALLY)
    wb.save(os.path.join(folder("running-count-in-an-event-note"), EVENTS))


def running_count_in_an_event_note_mid_table():
    """The same record (openpyxl) inserted in the middle of the events, under
    row 101: read as a total row, it ended the table and every record under
    it was refused."""
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, EVENTS))
    ws = wb.active
    ws.insert_rows(102)
    for c, v in enumerate(TALLY, start=1):
        ws.cell(row=102, column=c, value=v)
    wb.save(os.path.join(folder("running-count-in-an-event-note-mid-table"), EVENTS))


def rubric_with(case, old, new):
    """The sample's rubric with one line changed, written beside case.toml."""
    with open(os.path.join(ROOT, "rubrics", "fangan5-online-teaching.toml"), encoding="utf-8") as f:
        text = f.read()
    assert old in text, old
    os.makedirs(os.path.join(HERE, case), exist_ok=True)
    with open(os.path.join(HERE, case, "rubric.toml"), "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


APPROVAL = 'approval = { headers = ["关联的审批单", "审批单"], type = "text", required = false }'
STATUS = 'map = { "脱岗" = "缺课" } }'


def map_on_a_text_field_rubric():
    """The rubric of map-on-a-text-field: approval maps 已批 to 补卡审批通过."""
    rubric_with("map-on-a-text-field", APPROVAL,
                APPROVAL[:-2] + ', map = { "已批" = "补卡审批通过" } }')


def blank_compared_with_empty_text():
    """The hold-out's slip: `approval == ""` to mean "no approval"."""
    rubric_with("blank-compared-with-empty-text",
                """when = 'slot == "正课" && status == "缺课"'
unless = 'approval == "补卡审批通过"'             # an approved correction means the lesson was given: not 无故
unless_label = "补卡审批通过"
""",
                """when = 'slot == "正课" && status == "缺课" && approval == ""'  # 无故: no approval
""")


def map_onto_an_undeclared_value():
    """status maps 脱岗 to 旷工, which is not among its values."""
    rubric_with("map-onto-an-undeclared-value", STATUS, 'map = { "脱岗" = "旷工" } }')


def map_of_a_declared_value():
    """status maps 早退 (one of its values) to 迟到: 早退 could never be read."""
    rubric_with("map-of-a-declared-value", STATUS, 'map = { "脱岗" = "缺课", "早退" = "迟到" } }')


def map_on_a_number_field():
    """late_minutes (an integer) with a map: refused, not ignored."""
    old = 'type = "integer", required = false, default = 0 }'
    rubric_with("map-on-a-number-field", old,
                'type = "integer", required = false, default = 0, map = { "半小时" = "30" } }')


def map_of_a_blank_cell():
    """approval maps "" to 无, meaning a blank cell: that is `default`."""
    rubric_with("map-of-a-blank-cell", APPROVAL, APPROVAL[:-2] + ', map = { "" = "无" } }')



def blank_test_on_a_field_with_a_default():
    """late_minutes has `default = 0`, yet the 迟到 rule tests it for a blank:
    a blank cell reads 0, so the test never tells."""
    rubric_with("blank-test-on-a-field-with-a-default",
                """when = 'slot == "正课" && status == "迟到"'""",
                """when = 'slot == "正课" && status == "迟到" && late_minutes != null'""")


def negative_minutes_in_tiers():
    """0230's attendance (openpyxl) with 迟到时长 -15 on her 22-03-22 迟到
    (a sign slip, or 上课时间−打卡时间 the wrong way round): the 迟到 rule's
    tiers would take it into 迟到10分钟以内."""
    def edit(r):
        if r[8] == 15:
            r[8] = -15
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("negative-minutes-in-tiers"), "直播课考勤_0230.xlsx"))


def digits_joined_by_an_underscore():
    """0230's attendance (openpyxl) with 迟到时长 typed as the text 1_5:
    Excel and WPS keep it as text, a number parser may read 15."""
    def edit(r):
        if r[8] == 15:
            r[8] = "1_5"
        return r
    wb = attendance_of("0230", edit)
    wb.save(os.path.join(folder("digits-joined-by-an-underscore"), "直播课考勤_0230.xlsx"))


def wecom_result_compared_as_a_bare_word():
    """The WeCom sample's rubric counting 迟到 by `result == "迟到"` on the
    free-text 考勤结果, which reads 迟到15分钟: written beside case.toml."""
    with open(os.path.join(ROOT, "rubrics", "wecom-attendance.toml"), encoding="utf-8") as f:
        text = f.read()
    old = 'label = "迟到"\nwhen = "late > 0"'
    assert old in text, old
    new = 'label = "迟到"\nwhen = \'result == "迟到"\'                 # 考勤结果 reads 迟到15分钟, never 迟到 alone'
    case = os.path.join(HERE, "wecom-result-compared-as-a-bare-word")
    os.makedirs(case, exist_ok=True)
    with open(os.path.join(case, "rubric.toml"), "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == __name__ and fn.__doc__
    and name not in ("attendance_of", "libreoffice_resave", "roster", "footer", "folder", "rubric_with")
}

