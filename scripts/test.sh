#!/usr/bin/env bash
# The test command (README "Set-up", and .ci/run's test step): installs what
# the tests need when it is missing, then runs every test.
#
#   scripts/test.sh                 # all tests
#   scripts/test.sh --test integration peer   # arguments go to `cargo test`
#
# What the tests need beyond Rust, each installed only when missing:
#   - LibreOffice (calc, headless), poppler's pdftotext and CJK fonts: the
#     office tests recalculate and print our workbooks (tests/integration/
#     libreoffice.rs). Debian/Ubuntu packages, with apt-get (as root, or
#     through sudo).
#   - Debian's chromium and chromium-driver (/usr/bin/chromium,
#     /usr/bin/chromedriver): the browser test of `kaohe serve`
#     (tests/integration/serve.rs) drives the page headless through
#     WebDriver. Debian/Ubuntu packages, with apt-get.
#   - python3 with pandas, python-calamine, xlsxwriter (the pandas peer,
#     tests/integration/peer.rs) and openpyxl (tests/mistakes/make.py). With
#     pip; where the system's Python refuses pip (Debian's "externally
#     managed" Python), in a virtual environment under target/python that the
#     tests then use.
# A test whose tool is still missing fails saying which and how to get it.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "scripts/test.sh: needs root to run: $*" >&2
    return 1
  fi
}

apt_install() {
  echo "== apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "$@" >/dev/null
}

# grep reads all of fc-list's output (no -q): under pipefail, fc-list cut
# off by an early exit would count as the font missing.
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 \
  || ! fc-list 2>/dev/null | grep -i "noto sans cjk" >/dev/null; then
  apt_install libreoffice-calc-nogui poppler-utils fonts-noto-cjk fontconfig
fi

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

modules="pandas, python_calamine, xlsxwriter, openpyxl"
packages=(pandas python-calamine xlsxwriter openpyxl)
venv=target/python
if [ -x "$venv/bin/python3" ]; then
  export PATH="$PWD/$venv/bin:$PATH"
fi
if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3
fi
if ! python3 -c "import $modules" 2>/dev/null; then
  echo "== pip install ${packages[*]}"
  if ! python3 -m pip install --quiet --disable-pip-version-check "${packages[@]}" 2>/dev/null; then
    # Debian's Python refuses pip outside a virtual environment (PEP 668).
    python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv && python3 -m venv --clear "$venv"; }
    "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "${packages[@]}"
    export PATH="$PWD/$venv/bin:$PATH"
  fi
fi

echo "== cargo test"
exec cargo test --locked "$@"
