"""Cases about what a run must say: optional columns not found or renamed,
a required column renamed, rows hidden by hand or by a filter. Each starts from the sample school as downloaded and
changes what the case is about, with openpyxl (and LibreOffice for ods/xls),
as an office's other programs would. Run through make.py."""

import shutil
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "examples" / "fangan5-online-teaching"


def reworded_optional_headers():
    """The live-lesson export with its two optional columns' headers reworded."""
    out = HERE / "optional-column-reworded" / "in"
    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.load_workbook(SAMPLE / "直播课考勤_2022年3月.xlsx")
    ws = wb["每日统计"]
    assert ws["I3"].value == "迟到时长\n(分钟)" and ws["J3"].value == "关联的审批单"
    ws["I3"] = "迟到时长（min）"
    ws["J3"] = "关联审批单"
    wb.save(out / "直播课考勤_2022年3月.xlsx")


def _attendance_headed(case, changes):
    """The live-lesson export with header cells of row 3 rewritten (or a
    column deleted, for a change to None), saved by openpyxl."""
    out = HERE / case / "in"
    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.load_workbook(SAMPLE / "直播课考勤_2022年3月.xlsx")
    ws = wb["每日统计"]
    assert ws["H3"].value == "打卡结果" and ws["I3"].value == "迟到时长\n(分钟)"
    for cell, text in changes.items():
        if text is None:
            ws.delete_cols(ws[cell].column)
        else:
            ws[cell] = text
    wb.save(out / "直播课考勤_2022年3月.xlsx")


def optional_column_renamed_with_its_unit():
    """迟到时长(分钟) retitled 迟到时长(min), the unit in English."""
    _attendance_headed("optional-column-renamed-with-its-unit", {"I3": "迟到时长(min)"})


def optional_column_left_out():
    """The 迟到时长(分钟) column deleted: an export without it."""
    _attendance_headed("optional-column-left-out", {"I3": None})


def required_column_reworded():
    """打卡结果 retitled 考勤结果."""
    _attendance_headed("required-column-reworded", {"H3": "考勤结果"})


def _events_rows(ws, kind):
    """1-based rows of the events sheet whose 类别 is `kind`."""
    return [r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == kind]


def rows_hidden_by_hand():
    """Three event rows hidden by hand (row_dimensions[n].hidden)."""
    out = HERE / "rows-hidden-by-hand" / "in"
    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.load_workbook(SAMPLE / "考核事件_2022年3月.xlsx")
    ws = wb.active
    for r in _events_rows(ws, "周计划缺交")[:3]:
        ws.row_dimensions[r].hidden = True
    wb.save(out / "考核事件_2022年3月.xlsx")


def rows_hidden_by_an_autofilter():
    """An autofilter on 类别 leaving out every 周计划缺交 row: the rows it
    filters out are saved hidden, as Excel and WPS save them."""
    out = HERE / "rows-hidden-by-an-autofilter" / "in"
    out.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.load_workbook(SAMPLE / "考核事件_2022年3月.xlsx")
    ws = wb.active
    ws.auto_filter.ref = f"A1:F{ws.max_row}"
    kinds = sorted({ws.cell(r, 4).value for r in range(2, ws.max_row + 1)} - {"周计划缺交"})
    ws.auto_filter.add_filter_column(3, kinds)
    for r in _events_rows(ws, "周计划缺交"):
        ws.row_dimensions[r].hidden = True
    wb.save(out / "考核事件_2022年3月.xlsx")


def _small_events(path, hide, autofilter=False):
    """The autumn-term event log of `autumn-term-crossing-new-year`'s rubric,
    rows `hide` (1-based) hidden, by hand or as an autofilter on 类别 leaves
    out what it filters."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "事件"
    for row in [
        ("工号", "日期", "类别"),
        ("1001", "2022-09-05", "表扬"),
        ("1001", "2022-10-01", "表扬"),
        ("1002", "2022-11-02", "缺交"),
        ("1003", "2022-12-01", "表扬"),
    ]:
        ws.append(row)
    if autofilter:
        ws.auto_filter.ref = "A1:C5"
        ws.auto_filter.add_filter_column(2, ["表扬"])
    for r in hide:
        ws.row_dimensions[r].hidden = True
    wb.save(path)


def _convert(path, to):
    """LibreOffice's conversion of `path` to format `to`, beside it."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
             "--convert-to", to, "--outdir", str(path.parent), str(path)],
            check=True, capture_output=True, timeout=300,
        )
    path.unlink()


def rows_hidden_in_an_ods():
    """Two event rows hidden by hand, saved as ods by LibreOffice."""
    out = HERE / "rows-hidden-in-an-ods"
    path = out / "事件_2022秋.xlsx"
    _small_events(path, hide=[2, 4])
    _convert(path, "ods")


def rows_filtered_out_in_an_xls():
    """An autofilter showing only 表扬 (the 缺交 row filtered out), saved as
    xls by LibreOffice."""
    out = HERE / "rows-filtered-out-in-an-xls"
    path = out / "事件_2022秋.xlsx"
    _small_events(path, hide=[4], autofilter=True)
    _convert(path, "xls")


CASES = {
    "optional-column-reworded": reworded_optional_headers,
    "optional-column-renamed-with-its-unit": optional_column_renamed_with_its_unit,
    "optional-column-left-out": optional_column_left_out,
    "required-column-reworded": required_column_reworded,
    "rows-hidden-by-hand": rows_hidden_by_hand,
    "rows-hidden-by-an-autofilter": rows_hidden_by_an_autofilter,
    "rows-hidden-in-an-ods": rows_hidden_in_an_ods,
    "rows-filtered-out-in-an-xls": rows_filtered_out_in_an_xls,
}

