#!/usr/bin/env bash
# Writes the archive a user downloads and unpacks: the program, the ready
# rubrics, the sample schools, the README (Chinese first, then the English
# reference), the user guide docs/用户指南.md with the rest of docs/ that the
# README links to, and the licence files, in one folder named
# kaohe-VERSION-TARGET.
#
#   packaging/package.sh x86_64-unknown-linux-gnu   → target/package/kaohe-0.1.0-x86_64-unknown-linux-gnu.tar.gz
#   packaging/package.sh x86_64-pc-windows-gnu      → target/package/kaohe-0.1.0-x86_64-pc-windows-gnu.zip
#
# Builds the release profile for TARGET first. The Windows build needs
# `rustup target add x86_64-pc-windows-gnu` and Debian's gcc-mingw-w64-x86-64
# (.ci/run installs both). PROFILE=dev packages a debug build (quicker, for
# trying the script); the archive a user gets is always the release build.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: packaging/package.sh TARGET (x86_64-unknown-linux-gnu or x86_64-pc-windows-gnu)}
profile=${PROFILE:-release}
case "$target" in
  *-windows-*) exe=kaohe.exe ;;
  *) exe=kaohe ;;
esac
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
name="kaohe-$version-$target"
# Where cargo builds: CARGO_TARGET_DIR when it is set, as cargo does.
build=${CARGO_TARGET_DIR:-target}
out=$build/package
stage="$out/$name"

dir=$profile
[ "$profile" = dev ] && dir=debug
host=$(rustc -vV | sed -n 's/^host: //p')
if [ "$target" = "$host" ]; then
  # The build `cargo build --release` (and `cargo install`) already makes.
  cargo build --locked --profile "$profile" --bin kaohe
  built="$build/$dir/$exe"
else
  cargo build --locked --profile "$profile" --target "$target" --bin kaohe
  built="$build/$target/$dir/$exe"
fi

rm -rf "$stage"
mkdir -p "$stage"
cp "$built" "$stage/"
cp -r rubrics "$stage/"
# The sample schools' spreadsheets and READMEs; not the generator's source
# (examples/generate.rs and its modules in examples/generate/).
mkdir -p "$stage/examples"
for school in examples/*/; do
  [ "$school" = examples/generate/ ] && continue
  cp -r "$school" "$stage/examples/"
done
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/"
# The README sends the office to the guide: an archive without it is refused.
guide="docs/用户指南.md"
if [ ! -f "$guide" ]; then
  echo "packaging/package.sh: $guide is missing; the README links to it" >&2
  exit 1
fi
cp -r docs "$stage/"

rm -f "$out/$name.tar.gz" "$out/$name.zip"
case "$target" in
  *-windows-*)
    # Python's zipfile, so no zip program is needed; names are stored as
    # UTF-8, which Windows Explorer reads.
    (cd "$out" && python3 -m zipfile -c "$name.zip" "$name/")
    archive="$out/$name.zip"
    ;;
  *)
    tar -C "$out" -czf "$out/$name.tar.gz" "$name"
    archive="$out/$name.tar.gz"
    ;;
esac
echo "$archive ($(du -h "$archive" | cut -f1); program $(du -h "$stage/$exe" | cut -f1))"
