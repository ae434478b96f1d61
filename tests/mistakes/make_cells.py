"""Cases about how a CSV is saved and how a cell shows its value (CSV
dialects, 17-digit floats, formulas without results, dates). Run through
make.py. Each function
writes its files the way the program named in its docstring writes them,
so the bytes are what a user really has.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, "examples", "fangan5-online-teaching")
HOMEWORK = "作业批改记录.csv"
# Where a case folder puts it: laid over the sample's copy in `in/`.
IN_HOMEWORK = os.path.join("in", HOMEWORK)

CASES = {}


def case(fn):
    CASES[fn.__name__.replace("_", "-")] = fn
    return fn


def write(name, file, data):
    path = os.path.join(HERE, name, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def homework_rows(count=None):
    """The sample's homework CSV (GBK, CRLF, as WPS saved it) as a list of
    lines without endings: the header, then `count` data rows (all if None)."""
    with open(os.path.join(SAMPLE, HOMEWORK), "rb") as f:
        text = f.read().decode("gbk")
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines if count is None else lines[: count + 1]


def gbk(lines, ending="\r\n"):
    return "".join(line + ending for line in lines).encode("gbk")


# ---------------------------------------------------------------- CSV dialects


@case
def csv_saved_by_excel_for_mac():
    """Excel for Mac's "CSV (Macintosh)": every line ends with a lone CR."""
    write("csv-saved-by-excel-for-mac", IN_HOMEWORK, gbk(homework_rows(), "\r"))


@case
def csv_mixed_line_endings():
    """A CSV put together from two saves: CRLF, lone-CR and LF lines mixed."""
    lines = homework_rows(60)
    out = ""
    for i, line in enumerate(lines):
        out += line + ["\r\n", "\r", "\n"][i % 3]
    write("csv-mixed-line-endings", IN_HOMEWORK, out.encode("gbk"))


@case
def csv_ctrl_z_at_end():
    """An old DOS tool's end-of-file mark (Ctrl+Z, 0x1A) after the last row."""
    write("csv-ctrl-z-at-end", IN_HOMEWORK, gbk(homework_rows(60)) + b"\x1a")


@case
def csv_semicolon_separated():
    """Excel in a locale with a decimal comma saves CSV with semicolons (UTF-8 with BOM)."""
    lines = [line.replace(",", ";") for line in homework_rows(60)]
    data = "\ufeff" + "".join(line + "\r\n" for line in lines)
    write("csv-semicolon-separated", IN_HOMEWORK, data.encode("utf-8"))


@case
def csv_tab_separated_utf16():
    """Excel's "Unicode Text" (UTF-16LE with BOM, tab-separated) renamed to .csv."""
    lines = [line.replace(",", "\t") for line in homework_rows(60)]
    data = "".join(line + "\r\n" for line in lines)
    write("csv-tab-separated-utf16", IN_HOMEWORK, b"\xff\xfe" + data.encode("utf-16-le"))


@case
def csv_utf16_without_bom():
    """UTF-16LE without a byte-order mark, as some export scripts write it."""
    data = "".join(line + "\r\n" for line in homework_rows(60))
    write("csv-utf16-without-bom", IN_HOMEWORK, data.encode("utf-16-le"))


@case
def csv_quote_inside_a_cell():
    """A quote in the middle of a cell (`他说"好"`) is a character, not quoting."""
    lines = homework_rows(60)
    cells = lines[3].split(",")
    cells[3] = cells[3] + '"合班"'
    lines[3] = ",".join(cells)
    write("csv-quote-inside-a-cell", IN_HOMEWORK, gbk(lines))


@case
def csv_unclosed_quote():
    """A quote opening a cell, never closed: every later row would fold into it."""
    lines = homework_rows(60)
    cells = lines[4].split(",")
    cells[3] = '"' + cells[3] + " 未批"
    lines[4] = ",".join(cells)
    write("csv-unclosed-quote", IN_HOMEWORK, gbk(lines))


@case
def csv_quote_closed_rows_later():
    """A quote left open in row 5 and closed by the quoted cell of row 9: the
    rows between would be one cell."""
    lines = homework_rows(60)
    cells = lines[4].split(",")
    cells[3] = '"' + cells[3] + " 未批"
    lines[4] = ",".join(cells)
    cells = lines[8].split(",")
    cells[3] = '"' + cells[3] + '"'
    lines[8] = ",".join(cells)
    write("csv-quote-closed-rows-later", IN_HOMEWORK, gbk(lines))


@case
def csv_multiline_cell_row_numbers():
    """A quoted cell on two lines is one row: the bad value below it is named
    at the row a spreadsheet shows."""
    lines = homework_rows(60)
    cells = lines[2].split(",")
    cells[3] = '"' + cells[3] + '\r\n（合班）"'
    lines[2] = ",".join(cells)
    cells = lines[5].split(",")
    cells[6] = "四十"
    lines[5] = ",".join(cells)
    write("csv-multiline-cell-row-numbers", IN_HOMEWORK, gbk(lines))


@case
def csv_comma_inside_an_unquoted_cell():
    """A clerk typed two classes into one 班级 cell in a text editor
    (三(2)班,三(3)班) without quotes: every cell after it moved one column
    right, so 提交人数 read the subject's column and so on."""
    lines = homework_rows(60)
    cells = lines[6].split(",")
    cells[3] = cells[3] + ",三(3)班"
    lines[6] = ",".join(cells)
    write("csv-comma-inside-an-unquoted-cell", IN_HOMEWORK, gbk(lines))


@case
def csv_empty_file():
    """A download that failed part way: the file has no bytes."""
    write("csv-empty-file", IN_HOMEWORK, b"")


@case
def csv_bom_then_gbk():
    """A UTF-8 byte-order mark in front of GBK text (a script that adds a BOM
    to whatever it copies)."""
    write("csv-bom-then-gbk", IN_HOMEWORK, b"\xef\xbb\xbf" + gbk(homework_rows(60)))


@case
def csv_values_beside_the_header():
    """The rows pasted to the right of the header row, past its last column:
    under the header every row is blank."""
    lines = homework_rows(60)
    # Excel pads every row, the header too, to the sheet's used width.
    body = [lines[0] + "," * 10] + ["," * 10 + line for line in lines[1:]]
    write("csv-values-beside-the-header", IN_HOMEWORK, gbk(body))


@case
def csv_keys_written_as_text_formulas():
    """The homework CSV (GBK, CRLF) as a web system exports it so that Excel
    keeps the leading zeros: every 工号 the formula ="0012", every other one
    quoted as a CSV writer quotes a cell with quotes in it (="0012" in
    quotes, each quote doubled). Read as written, no key was in the
    roster."""
    lines = homework_rows()
    out = [lines[0]]
    for i, line in enumerate(lines[1:]):
        key, rest = line.split(",", 1)
        cell = '"=""%s"""' % key if i % 2 else '="%s"' % key
        out.append(cell + "," + rest)
    write("csv-keys-written-as-text-formulas", IN_HOMEWORK, gbk(out))


# ---------------------------------------------------------------- cells as shown

ATTENDANCE = "直播课考勤_2022年3月.xlsx"
MANUAL = "人工评分_2022年3月.xlsx"


def attendance_rows(ws):
    """The data rows of the sample's 每日统计 sheet: (row number, cells by header)."""
    headers = [c.value for c in ws[3]]
    for row in ws.iter_rows(min_row=4):
        yield row[0].row, dict(zip(headers, row))


def first_late_row(ws):
    """The first 正课 row scored 迟到, whose minutes decide its deduction."""
    for r, cells in attendance_rows(ws):
        if cells["课型"].value == "正课" and cells["打卡结果"].value == "迟到":
            return r, cells
    raise SystemExit("the sample has no 迟到 row")


def saved_by_openpyxl(name, file, change, only=None):
    """The sample workbook `file` loaded and saved by openpyxl after
    `change(workbook)`, as a school's own script would. `change` returns the
    工号 of the teacher it changed; with `only`, the 每日统计 sheet keeps that
    teacher's rows alone, so the committed file stays small (a refusal
    needs no other teacher)."""
    import openpyxl

    wb = openpyxl.load_workbook(os.path.join(SAMPLE, file))
    key = change(wb)
    if only:
        ws = wb[only]
        drop = [r for r, cells in attendance_rows(ws) if cells["工号"].value != key]
        # Contiguous runs, bottom first, so row numbers above stay put.
        while drop:
            end = drop.pop()
            start = end
            while drop and drop[-1] == start - 1:
                start = drop.pop()
            ws.delete_rows(start, end - start + 1)
        for other in [n for n in wb.sheetnames if n != only]:
            del wb[other]
    path = os.path.join(HERE, name, "in", file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)


@case
def formula_without_saved_result():
    """A script (openpyxl) put a formula in the 迟到时长 of a late row: openpyxl
    writes the formula with no result, which read as blank and took the
    default 0 minutes."""

    def change(wb):
        ws = wb["每日统计"]
        _, cells = first_late_row(ws)
        # 25 minutes, typed as a sum of the two lessons' late minutes.
        cells["迟到时长\n(分钟)"].value = "=10+15"
        return cells["工号"].value

    saved_by_openpyxl("formula-without-saved-result", ATTENDANCE, change, "每日统计")


@case
def formula_results_are_placeholders():
    """The scores sheet written by a district's XlsxWriter script, three
    学情调研 cells as formulas: XlsxWriter calculates nothing and saves 0 as
    every formula's result."""
    import openpyxl
    import xlsxwriter

    source = openpyxl.load_workbook(os.path.join(SAMPLE, MANUAL)).active
    path = os.path.join(HERE, "formula-results-are-placeholders", "in", MANUAL)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(source.title)
    survey = None
    for row in source.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            if cell.value == "学情调研":
                survey = cell.column
            r, c = cell.row - 1, cell.column - 1
            if cell.column == survey and 4 < cell.row <= 7:
                # The first three teachers' scores, each as the sum of two
                # raters' halves.
                ws.write_formula(r, c, "=%s/2+%s/2" % (cell.value, cell.value))
            else:
                ws.write(r, c, cell.value)
    wb.close()


@case
def weighted_score_seventeen_digits():
    """A weighted score a script computed in Python and saved with openpyxl:
    4*0.2+4.5*0.1+5*0.1+4.5*0.6 is the float 4.449999999999999, which Excel
    and WPS show as 4.45 (and Excel caches for the same formula)."""
    import openpyxl

    folder = os.path.join(HERE, "weighted-score-seventeen-digits")
    os.makedirs(folder, exist_ok=True)
    roster = openpyxl.Workbook()
    ws = roster.active
    ws.title = "名册"
    ws.append(["工号", "姓名"])
    ws.append(["1001", "张丽华"])
    ws.append(["1002", "赵志刚"])
    roster.save(os.path.join(folder, "教师名册.xlsx"))
    scores = openpyxl.Workbook()
    ws = scores.active
    ws.title = "评分"
    ws.append(["工号", "材料", "课堂", "作业", "考评", "加权得分"])
    ws.append(["1001", 4, 4.5, 5, 4.5, 4 * 0.2 + 4.5 * 0.1 + 5 * 0.1 + 4.5 * 0.6])
    # What Excel for Mac cached for a cell it showed as 6.25552.
    ws.append(["1002", 6, 6, 6, 6, 6.2555199999999989])
    scores.save(os.path.join(folder, "加权评分.xlsx"))


@case
def date_cell_in_duration_column():
    """A date where 授课时长 (a duration) belongs, the cell formatted as a
    date, saved by openpyxl: 2021-01-02 read as 63,645,120 minutes, so the
    lesson was not short."""
    import datetime

    import openpyxl

    folder = os.path.join(HERE, "date-cell-in-duration-column")
    os.makedirs(folder, exist_ok=True)
    roster = openpyxl.Workbook()
    ws = roster.active
    ws.title = "名册"
    ws.append(["工号", "姓名"])
    ws.append(["1001", "张丽华"])
    ws.append(["1002", "赵志刚"])
    roster.save(os.path.join(folder, "教师名册.xlsx"))
    lessons = openpyxl.Workbook()
    ws = lessons.active
    ws.title = "授课"
    ws.append(["工号", "日期", "授课时长"])
    ws.append(["1001", datetime.date(2022, 3, 1), 45])
    ws.append(["1001", datetime.date(2022, 3, 2), datetime.datetime(2021, 1, 2)])
    ws.append(["1002", datetime.date(2022, 3, 1), 45])
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = "yyyy-mm-dd"
    ws["C3"].number_format = "yyyy-mm-dd"
    lessons.save(os.path.join(folder, "授课记录.xlsx"))


@case
def weekday_does_not_match_date():
    """A DingTalk date whose weekday is not its date's (22-03-01 星期三:
    2022-03-01 was a Tuesday), as when a clerk fixes the date by hand."""

    def change(wb):
        ws = wb["每日统计"]
        for _, cells in attendance_rows(ws):
            if cells["日期"].value == "22-03-01 星期二":
                cells["日期"].value = "22-03-01 星期三"
                return cells["工号"].value
        raise SystemExit("the sample has no 22-03-01")

    saved_by_openpyxl("weekday-does-not-match-date", ATTENDANCE, change, "每日统计")


@case
def two_digit_year_slash_dates():
    """布置日期 retyped day first with a two-digit year (01/03/22, 15/03/22),
    as a British-locale Excel shows dates: read year first, they left the
    period without a word."""
    lines = homework_rows(60)
    for i in (3, 7):  # 2022/3/3 and 2022/3/9 become 03/03/22 and 09/03/22
        cells = lines[i].split(",")
        y, m, d = cells[2].split("/")
        cells[2] = "%02d/%02d/%s" % (int(d), int(m), y[2:])
        lines[i] = ",".join(cells)
    write("two-digit-year-slash-dates", IN_HOMEWORK, gbk(lines))
