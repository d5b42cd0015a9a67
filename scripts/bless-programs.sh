#!/usr/bin/env bash
# Writes the expectation files of test programs by running rustc's build of each one:
#   NAME.stdout  what it printed (written only when not empty; missing means empty)
#   NAME.stderr  what it printed on stderr (only when not empty), with the thread id rustc 1.95
#                puts in panic messages (`thread 'main' (8717) panicked`) taken out, as the test
#                harness takes it out of every run before comparing
# and checks the exit code against the program's `//@ exit-code: N` directive (default 0).
# Expectations are never typed by hand: this script is how they are made.
#
# usage: scripts/bless-programs.sh [FILE.rs...]   (default: examples/ and tests/programs/)
set -euo pipefail
cd "$(dirname "$0")/.."

files=("$@")
if ((${#files[@]} == 0)); then
    mapfile -t files < <(find examples tests/programs -name '*.rs' 2>/dev/null | sort)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for rs in "${files[@]}"; do
    stem="${rs%.rs}"
    read -r -a flags <<<"$(sed -n 's|^//@ compile-flags:||p' "$rs" | tr '\n' ' ')"
    expected_exit=$(sed -n 's|^//@ exit-code: *||p' "$rs" | tail -1)
    rustc --edition 2021 -C opt-level=0 "${flags[@]}" "$rs" -o "$work/prog"
    set +e
    env -u RUST_BACKTRACE timeout 10 "$work/prog" >"$work/out" 2>"$work/err"
    code=$?
    set -e
    sed -E "s/^thread '([^']*)' \([0-9]+\) panicked/thread '\1' panicked/" "$work/err" >"$work/err.clean"
    for kind in stdout stderr; do
        src="$work/out"; [[ $kind == stderr ]] && src="$work/err.clean"
        if [[ -s $src ]]; then cp "$src" "$stem.$kind"; else rm -f "$stem.$kind"; fi
    done
    if [[ $code -ne ${expected_exit:-0} ]]; then
        echo "bless: $rs exited with $code; add \`//@ exit-code: $code\` if that is intended" >&2
        status=1
    else
        echo "bless: $rs (exit code $code)"
    fi
done
exit $status
