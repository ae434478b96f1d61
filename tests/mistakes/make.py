#!/usr/bin/env python3
"""Writes the binary inputs of the mistakes corpus that a script made.

`python3 tests/mistakes/make.py CASE…` (no CASE: all of them) writes each
case's files into its folder beside this file. The cases are written by the
`make_*.py` modules beside it, one per kind of mistake, each with a `CASES`
table from case name to the function that writes it, with the program named
in the case's `about` (openpyxl, LibreOffice, Python's csv module).
"""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cases():
    sys.path.insert(0, str(HERE))
    table = {}
    for module in sorted(HERE.glob("make_*.py")):
        for name, make in importlib.import_module(module.stem).CASES.items():
            if name in table:
                sys.exit(f"case {name} is written by two modules")
            table[name] = make
    return table


if __name__ == "__main__":
    table = cases()
    for name in sys.argv[1:] or sorted(table):
        if name not in table:
            sys.exit(f"no case {name}; cases: {', '.join(sorted(table))}")
        table[name]()
