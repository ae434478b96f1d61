"""An independent reading of a WeCom 上下班打卡 日报, as an office would do it
in pandas: per 账号, the days with a late arrival, an early leave or an
absence, and the missing punches, from the 异常统计 columns; the scores the
ready rubric rubrics/wecom-attendance.toml gives for them; and whether
kaohe's `--json` summary says the same.

    python3 wecom_counts.py EXPORT.xlsx KAOHE.json

Prints one line per teacher and exits 1 on any difference."""
import json
import sys
from decimal import Decimal

import pandas as pd


def main(export, summary):
    daily = pd.read_excel(export, sheet_name="概况统计与打卡明细", header=[2, 3],
                          dtype=str, engine="openpyxl")
    column = {}
    for group, name in daily.columns:
        # A header merged down over both rows comes back as (name, "Unnamed…").
        column.setdefault(group if name.startswith("Unnamed") else (group, name),
                          (group, name))
    account = daily[column["账号"]]

    def count(name):
        # WeCom writes `--` for zero or nothing.
        return pd.to_numeric(daily[("异常统计", name)].replace("--", "0")).fillna(0)

    late, early = count("迟到次数(次)"), count("早退次数(次)")
    absent, missing = count("旷工次数(次)"), count("缺卡次数(次)")
    kaohe = {t["key"]: t for t in json.load(open(summary, encoding="utf-8"))["teachers"]}
    differ = 0
    accounts = list(dict.fromkeys(account))
    for key in accounts:
        mine = account == key
        days = {
            "late": int((late[mine] > 0).sum()),
            "early": int((early[mine] > 0).sum()),
            "absent": int((absent[mine] > 0).sum()),
            "missing_punch": int(missing[mine].sum()),
        }
        want = {
            "late": max(Decimal(0), 30 - Decimal(days["late"])),
            "early": max(Decimal(0), 20 - Decimal(days["early"])),
            "absent": max(Decimal(0), 40 - 4 * Decimal(days["absent"])),
            "missing_punch": max(Decimal(0), 10 - Decimal("0.5") * days["missing_punch"]),
        }
        got = {k: Decimal(v) for k, v in kaohe.get(key, {}).get("items", {}).items()}
        same = all(got.get(k) == v for k, v in want.items())
        differ += not same
        print(key, days, "same" if same else f"differs: pandas {want}, kaohe {got}")
    extra = set(kaohe) - set(accounts)
    if extra:
        print("kaohe scored teachers not in the export:", sorted(extra))
    print(f"{len(accounts)} teachers in the export, {len(kaohe)} scored, {differ} differ")
    return 1 if differ or extra or len(kaohe) != len(accounts) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
