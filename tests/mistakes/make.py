#!/usr/bin/env python3
"""Writes the binary inputs of the mistakes corpus: `python3 tests/mistakes/make.py CASE`
(run from the repository root, after `cargo build`) writes that case's files
into its folder. Each function says what made the file it writes."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tests", "mistakes")
KAOHE = os.path.join(ROOT, "target", "debug", "kaohe")


def kaohe(*args, stdout=None):
    subprocess.run([KAOHE, *args], cwd=ROOT, check=True, stdout=stdout)


def score_half(lang, start, end, out_xlsx=None, out_json=None):
    """方案5's sample for half of March, scored by kaohe itself."""
    args = ["--lang", lang, "score", "--rubric", "rubrics/fangan5-online-teaching.toml",
            "--input", "examples/fangan5-online-teaching", "--from", start, "--to", end]
    if out_xlsx:
        args += ["--out", out_xlsx, "--force"]
    if out_json:
        with open(out_json, "wb") as f:
            kaohe(*args, "--json", stdout=f)
    else:
        kaohe(*args, "--quiet")


def rollup_json_with_workbook():
    """The README's rollup: the closure period as `score --json` output, the
    reopened period as the scored workbook (kaohe's own)."""
    d = os.path.join(HERE, "rollup-json-with-workbook")
    score_half("zh", "2022-03-01", "2022-03-15", out_json=os.path.join(d, "停课期间.json"))
    score_half("zh", "2022-03-16", "2022-03-31", out_xlsx=os.path.join(d, "复课后.xlsx"))


def rollup_json_with_english_workbook():
    """The reopened period as a workbook written with `--lang en`."""
    d = os.path.join(HERE, "rollup-json-with-english-workbook")
    score_half("en", "2022-03-16", "2022-03-31", out_xlsx=os.path.join(d, "reopened.xlsx"))


def rollup_results_of_another_rubric():
    """A month of 方案13 (tests/fixtures/rollup-quota) as `score --json` output."""
    d = os.path.join(HERE, "rollup-results-of-another-rubric")
    fixtures = "tests/fixtures/rollup-quota"
    with open(os.path.join(d, "师德_2022-10.json"), "wb") as f:
        kaohe("score", "--rubric", "rubrics/fangan13-ethics.toml", "--period", "2022-10",
              "--input", f"{fixtures}/教师名册.csv", "--input", f"{fixtures}/2022-10",
              "--json", stdout=f)


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == "__main__" and fn.__doc__
    and name not in ("kaohe", "score_half")
}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        sys.exit("usage: make.py CASE\ncases: " + ", ".join(sorted(CASES)))
    CASES[sys.argv[1]]()
