"""Cases of a value in a column without a header: typed one cell too far,
cells shifted right from the middle of a row, a header merged over two
columns with the value in the right one, and the notes beside a table that
must still be read. Run through make.py. The weekly platform statistics of
方案3's sample, re-saved by openpyxl (and by Python's csv module)."""

import csv
import io
import os
import shutil
import tempfile

import openpyxl

from make_copies import soffice_convert

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WEEKLY = "人人通空间周统计_2022春.xlsx"
SAMPLE = os.path.join(ROOT, "examples", "fangan3-it-points", WEEKLY)

CASES = {}


def case(fn):
    CASES[fn.__name__.replace("_", "-")] = fn
    return fn


def weekly(edit):
    """The sample's weekly sheet (header on row 2, A..I), edited."""
    wb = openpyxl.load_workbook(SAMPLE)
    edit(wb.active)
    return wb


def save(name, wb):
    path = os.path.join(HERE, name, "in", WEEKLY)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)


def too_far(ws):
    # 林慧's 多媒体使用天数 (I3) typed in J3, where no header is.
    ws["J3"], ws["I3"] = ws["I3"].value, None


@case
def value_typed_a_column_too_far():
    """openpyxl: one value typed a cell right of its column."""
    save("value-typed-a-column-too-far", weekly(too_far))


@case
def value_typed_a_column_too_far_in_a_csv():
    """Python's csv module (UTF-8 with BOM, as Excel saves 'CSV UTF-8'):
    the same sheet with the same slip."""
    ws = weekly(too_far).active
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in ws.iter_rows(values_only=True):
        writer.writerow(["" if v is None else v for v in row])
    path = os.path.join(HERE, "value-typed-a-column-too-far-in-a-csv", "in", WEEKLY[:-5] + ".csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(out.getvalue().encode("utf-8-sig"))


@case
def cells_shifted_right_mid_row():
    """openpyxl: 插入单元格 ▸ 活动单元格右移 at F3, so F3 is blank and
    发表文章..多媒体使用天数 stand one column right of their headers."""

    def edit(ws):
        for col in "JIHG":
            ws[col + "3"] = ws[chr(ord(col) - 1) + "3"].value
        ws["F3"] = None

    save("cells-shifted-right-mid-row", weekly(edit))


@case
def header_merged_over_two_columns():
    """openpyxl: 多媒体使用天数 merged over I2:J2, the value typed in J3."""

    def edit(ws):
        ws.merge_cells("I2:J2")
        too_far(ws)

    save("header-merged-over-two-columns", weekly(edit))


@case
def notes_beside_the_weekly_table():
    """openpyxl: a clerk's notes beside a whole row (J3) and after an empty
    column (K4): not values in the wrong column, read as before."""

    def edit(ws):
        ws["J3"] = "已核对"
        ws["K4"] = "补录"

    save("notes-beside-the-weekly-table", weekly(edit))



def saved_by_libreoffice(to, ext):
    """LibreOffice headless: the merged header's workbook saved in another
    format, which keeps the merge and the blank in its own way."""
    name = "header-merged-over-two-columns-as-" + ext
    with tempfile.TemporaryDirectory() as tmp:
        made = os.path.join(tmp, WEEKLY)
        weekly(lambda ws: (ws.merge_cells("I2:J2"), too_far(ws))).save(made)
        soffice_convert(made, to, tmp)
        saved = WEEKLY[:-4] + ext
        dest = os.path.join(HERE, name, "in", saved)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copy(os.path.join(tmp, saved), dest)


CASES["header-merged-over-two-columns-as-xls"] = lambda: saved_by_libreoffice("xls:MS Excel 97", "xls")
CASES["header-merged-over-two-columns-as-ods"] = lambda: saved_by_libreoffice("ods", "ods")
