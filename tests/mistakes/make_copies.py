"""Cases about the same records read twice (a second download, a copied
sheet, one month as xlsx and CSV), outputs that are inputs, and a CSV row
beyond the memory limit. Each writes into its case's folder beside this
file, from the sample school, with the program named in the case's `about`
(openpyxl, LibreOffice). Run through make.py."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, "examples", "fangan5-online-teaching")
EVENTS = "考核事件_2022年3月.xlsx"


def case_dir(name):
    """The case's `in/` folder: laid over the sample school's copy."""
    d = os.path.join(HERE, name, "in")
    os.makedirs(d, exist_ok=True)
    return d


def copied_sheet_workbook(path):
    """The events workbook with its sheet copied as Excel names a copy:
    `3月` and `3月 (2)`, the same rows in both (openpyxl)."""
    import openpyxl

    wb = openpyxl.load_workbook(os.path.join(SAMPLE, EVENTS))
    ws = wb.worksheets[0]
    ws.title = "3月"
    wb.copy_worksheet(ws).title = "3月 (2)"
    wb.save(path)


def soffice_convert(src, to, outdir):
    """LibreOffice headless: `src` converted with filter `to` into `outdir`."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                outdir,
                src,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def copied_sheet_of_events():
    d = case_dir("copied-sheet-of-events")
    copied_sheet_workbook(os.path.join(d, EVENTS))


def copied_sheet_saved_by_libreoffice():
    d = case_dir("copied-sheet-saved-by-libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        made = os.path.join(tmp, EVENTS)
        copied_sheet_workbook(made)
        out = os.path.join(tmp, "lo")
        os.makedirs(out)
        soffice_convert(made, "xlsx:Calc MS Excel 2007 XML", out)
        shutil.copy(os.path.join(out, EVENTS), os.path.join(d, EVENTS))


def same_month_as_xlsx_and_csv():
    """The events of March exported again as CSV by LibreOffice (UTF-8),
    beside the xlsx the run already reads."""
    d = case_dir("same-month-as-xlsx-and-csv")
    soffice_convert(
        os.path.join(SAMPLE, EVENTS),
        "csv:Text - txt - csv (StarCalc):44,34,76",
        d,
    )


def second_download_with_a_row_added():
    """The events log downloaded again a day later (openpyxl), as a browser
    names a second download, `考核事件_2022年3月 (1).xlsx`: the same rows and
    one event recorded since. Not the same bytes nor the same records, yet
    every record of the first download stands in the second."""
    import openpyxl

    d = case_dir("second-download-with-a-row-added")
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, EVENTS))
    wb.worksheets[0].append(["0056", "赵志刚", "3月30日", "周计划缺交", None, "补录"])
    wb.save(os.path.join(d, "考核事件_2022年3月 (1).xlsx"))


def filtered_extract_on_its_own_sheet():
    """The events log with a second sheet the clerk made by filtering the
    log on 类别 = 周计划缺交 and pasting the visible rows under the same
    header, for the weekly report (openpyxl)."""
    import openpyxl

    d = case_dir("filtered-extract-on-its-own-sheet")
    wb = openpyxl.load_workbook(os.path.join(SAMPLE, EVENTS))
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    extract = wb.create_sheet("周计划缺交名单")
    extract.append(list(rows[0]))
    for row in rows[1:]:
        if row[3] == "周计划缺交":
            extract.append(list(row))
    wb.save(os.path.join(d, EVENTS))


def out_is_the_overrides_file():
    """A manual overrides workbook (openpyxl), which --out then names."""
    import openpyxl

    d = os.path.join(HERE, "out-is-the-overrides-file")
    os.makedirs(d, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "调整"
    ws.append(["工号", "项目", "分数", "理由", "操作人"])
    ws.append(["0107", "live_lessons", 20, "3月8日直播课系统故障，已核实", "教务处王主任"])
    wb.save(os.path.join(d, "overrides.xlsx"))


def csv_row_beyond_the_memory_limit():
    """A second homework export (GBK, as Chinese Excel saves CSV, written
    by Python's csv module) whose fifth row holds a 10,000-character note:
    more than a CSV row may hold under --memory-limit 1MiB."""
    import csv

    d = case_dir("csv-row-beyond-the-memory-limit")
    src = os.path.join(SAMPLE, "作业批改记录.csv")
    with open(src, encoding="gb18030", newline="") as f:
        rows = list(csv.reader(f))
    rows = [rows[0]] + rows[1:4] + [rows[4] + ["备注" * 5_000]] + rows[5:8]
    out = os.path.join(d, "作业批改记录_补交.csv")
    with open(out, "w", encoding="gb18030", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


CASES = {
    "csv-row-beyond-the-memory-limit": csv_row_beyond_the_memory_limit,
    "out-is-the-overrides-file": out_is_the_overrides_file,
    "copied-sheet-of-events": copied_sheet_of_events,
    "copied-sheet-saved-by-libreoffice": copied_sheet_saved_by_libreoffice,
    "same-month-as-xlsx-and-csv": same_month_as_xlsx_and_csv,
    "second-download-with-a-row-added": second_download_with_a_row_added,
    "filtered-extract-on-its-own-sheet": filtered_extract_on_its_own_sheet,
}

