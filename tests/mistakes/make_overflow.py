"""Cases about numbers too large to hold and rollups of mixed results. Run
through make.py, after `cargo build` (the rollup inputs are kaohe's own
results). Each function says what made the file it writes."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tests", "mistakes")
# `KAOHE=target/release/kaohe` to use a release build instead.
KAOHE = os.path.abspath(os.environ.get("KAOHE") or os.path.join(ROOT, "target", "debug", "kaohe"))


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


def repeat_offence_split_across_months():
    """方案13's sample with 宋晓东 (0306) recorded for 有偿家教违规补课 on
    2022/3/10 and again on 2022/4/15 (rows added to 师德事件记录.xlsx by
    openpyxl), scored by kaohe itself month by month as the README shows:
    March as `score --json` output, April as the scored workbook. Neither
    month alone reaches the veto's `at_least = 2`."""
    import shutil
    import tempfile
    import openpyxl
    d = os.path.join(HERE, "repeat-offence-split-across-months")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "examples/fangan13-ethics"), os.path.join(tmp, "in"))
        path = os.path.join(tmp, "in", "师德事件记录.xlsx")
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        ws.append(["0306", "宋晓东", "2022/3/10", "有偿家教违规补课", "第一次：校外机构有偿补课"])
        ws.append(["0306", "宋晓东", "2022/4/15", "有偿家教违规补课", "第二次：经提醒后仍有偿补课"])
        wb.save(path)
        os.mkdir(os.path.join(tmp, "rubrics"))
        rubric = "rubrics/fangan13-ethics.toml"
        shutil.copy(os.path.join(ROOT, rubric), os.path.join(tmp, rubric))
        score = [KAOHE, "--lang", "zh", "score", "--rubric", rubric, "--input", "in"]
        with open(os.path.join(d, "2022-03.json"), "wb") as f:
            subprocess.run([*score, "--period", "2022-03", "--json"], cwd=tmp, check=True, stdout=f)
        subprocess.run([*score, "--period", "2022-04", "--quiet", "--out",
                        os.path.join(d, "2022-04.xlsx"), "--force"], cwd=tmp, check=True)


def twenty_nine_digit_hours_in_a_csv():
    """方案5 full's 值守 record saved as CSV (csv module, UTF-8 with BOM, as
    Excel's "CSV UTF-8"), two of 韩冬梅's shifts typed as 29-digit hours: their
    sum is past the largest decimal."""
    import csv
    import openpyxl
    d = os.path.join(HERE, "twenty-nine-digit-hours-in-a-csv")
    ws = openpyxl.load_workbook(os.path.join(ROOT, "examples/fangan5-full/现场防疫值守记录.xlsx")).active
    rows = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    rows[1][5] = "30000000000000000000000000000"
    rows[2][5] = "30000000000000000000000000000"
    with open(os.path.join(d, "现场防疫值守记录.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(["" if v is None else v for v in r] for r in rows)


def twenty_nine_digit_workload_in_a_workbook():
    """A second 工作量 register beside 方案5 full's, written by openpyxl: two
    临时加班 rows of 韩冬梅 holding 5e28 课时 as numbers, so the relative
    rule's sum of her hours is past the largest decimal."""
    import openpyxl
    d = os.path.join(HERE, "twenty-nine-digit-workload-in-a-workbook")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作量登记"
    ws.append(["工号", "姓名", "日期", "类别", "课时", "备注"])
    ws.append(["0501", "韩冬梅", "2022/3/8", "临时加班", 5e28, None])
    ws.append(["0501", "韩冬梅", "2022/3/9", "临时加班", 5e28, None])
    wb.save(os.path.join(d, "课时工作量补登.xlsx"))


def a_number_cell_of_1e300():
    """The sample's 人工评分, re-saved by openpyxl with 0012's 集体备课 set to
    the number 1e300."""
    import openpyxl
    d = os.path.join(HERE, "a-number-cell-of-1e300")
    wb = openpyxl.load_workbook(os.path.join(ROOT, "examples/fangan5-online-teaching/人工评分_2022年3月.xlsx"))
    ws = wb.active
    for row in ws.iter_rows(min_row=5):
        if row[0].value == "0012":
            row[2].value = 1e300
    wb.save(os.path.join(d, "人工评分_2022年3月.xlsx"))


CASES = {
    name.replace("_", "-"): fn
    for name, fn in list(globals().items())
    if callable(fn) and fn.__module__ == __name__ and fn.__doc__
    and name not in ("kaohe", "score_half")
}

