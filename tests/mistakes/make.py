#!/usr/bin/env python3
"""Writes the generated inputs of the tests/mistakes/ cases.

`python3 tests/mistakes/make.py CASE` writes that case's files into its
folder; without an argument every case here is written. Each function
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
    body = [lines[0]] + ["," * 10 + line for line in lines[1:]]
    write("csv-values-beside-the-header", IN_HOMEWORK, gbk(body))


def main(names):
    unknown = [n for n in names if n not in CASES]
    if unknown:
        sys.exit("unknown case: " + ", ".join(unknown) + "; known: " + ", ".join(CASES))
    for name in names or CASES:
        CASES[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
