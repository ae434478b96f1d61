#!/usr/bin/env bash
# The district benchmark, side by side in one run:
#   kaohe       score with rubrics/bench-district.toml
#   floor       read every cell with calamine's streaming reader, write a score-shaped sheet
#   pandas      bench/peer_pandas.py, the script a user would otherwise write (calamine and openpyxl engines)
# on data made by bench/gen_district.py: small (200 teachers), district (5,000),
# district with a shared-strings table as Excel writes it, and twice the district
# (10,000) for linearity. Prints medians, ratios to the floor and peak memory.
#
#   bench/run.sh            # everything (about 15 minutes, most of it pandas + openpyxl and data generation)
#   bench/run.sh quick      # small and district only, no openpyxl
#
# Needs python3 (installs xlsxwriter, pandas, openpyxl, python-calamine with pip
# if missing), hyperfine and GNU time (apt-get install hyperfine time).
# Times the release build users get (stripped); to see where it spends them,
# `cargo build --profile profiling` keeps line tables and symbols for perf.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-full}"
data=bench/data
results=bench/results
mkdir -p "$data" "$results"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || [ ! -x /usr/bin/time ]; then
  echo "installing hyperfine and time" >&2
  apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null
fi
if ! python3 -c "import xlsxwriter, pandas, openpyxl, python_calamine" 2>/dev/null; then
  echo "installing the pandas peer's packages" >&2
  python3 -m pip install --quiet xlsxwriter pandas openpyxl python-calamine
fi

gen() { # name teachers [extra]
  local name=$1 teachers=$2; shift 2
  if [ ! -f "$data/$name/homework.xlsx" ]; then
    python3 bench/gen_district.py --teachers "$teachers" --days 22 --out "$data/$name" "$@" >&2
  fi
}
gen small 200
gen district 5000
if [ "$mode" = full ]; then
  gen district_sst 5000 --shared-strings
  gen district2x 10000
fi

cargo build --release --quiet --bin kaohe --example floor
kaohe=target/release/kaohe
floor=target/release/examples/floor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

sizes=(small district)
[ "$mode" = full ] && sizes+=(district_sst district2x)

for size in "${sizes[@]}"; do
  d="$data/$size"
  cmds=(
    -n kaohe "$kaohe score --rubric rubrics/bench-district.toml --input $d --out $out/kaohe.xlsx --force"
    -n floor "$floor $d $out/floor.xlsx"
    -n pandas-calamine "python3 bench/peer_pandas.py --engine calamine --data $d --out $out/peer.xlsx"
  )
  runs=5
  if [ "$size" = district ] && [ "$mode" = full ]; then
    cmds+=(-n pandas-openpyxl "python3 bench/peer_pandas.py --engine openpyxl --data $d --out $out/peer2.xlsx")
    runs=3
  fi
  [ "$size" = district2x ] && runs=3
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$results/$size.json" "${cmds[@]}" >&2
  # Peak memory of each command, once.
  for ((i = 1; i < ${#cmds[@]}; i += 3)); do
    name=${cmds[i]}
    cmd=${cmds[i + 1]}
    /usr/bin/time -f "%M" -o "$results/$size.$name.mem" bash -c "$cmd" >/dev/null 2>&1
  done
done

python3 - "$results" "${sizes[@]}" <<'EOF'
import json, os, statistics, sys, platform
results, sizes = sys.argv[1], sys.argv[2:]
print(f"kaohe district benchmark — {platform.machine()}, {os.cpu_count()} cores")
print(f"{'data':<13} {'command':<16} {'median s':>9} {'× floor':>8} {'peak MiB':>9}")
med = {}
for size in sizes:
    runs = json.load(open(f"{results}/{size}.json"))["results"]
    floor = next(r for r in runs if r["command"] == "floor")["median"]
    for r in runs:
        name = r["command"]
        med[(size, name)] = r["median"]
        try:
            mem = int(open(f"{results}/{size}.{name}.mem").read().split()[-1]) / 1024
        except (OSError, ValueError, IndexError):
            mem = float("nan")
        print(f"{size:<13} {name:<16} {r['median']:>9.2f} {r['median'] / floor:>8.2f} {mem:>9.0f}")
if ("district", "kaohe") in med:
    k = med[("district", "kaohe")]
    for peer in ("pandas-calamine", "pandas-openpyxl"):
        if ("district", peer) in med:
            print(f"district: kaohe is {med[('district', peer)] / k:.1f}× faster than {peer}")
    if ("district2x", "kaohe") in med:
        print(f"linearity: 10,000 teachers take {med[('district2x', 'kaohe')] / k:.2f}× the 5,000-teacher time")
EOF
