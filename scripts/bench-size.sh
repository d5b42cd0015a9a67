#!/usr/bin/env bash
# Speed of the size tools (issue 9), with binutils beside in the same run:
#   1. `toyrust size` of a ~4 MB rustc-built executable (std included, v0 names), as a process,
#      median of N runs, beside `nm -S --size-sort` + `size -A` on the same file;
#   2. `toyrust compare` over examples/ with a 4 opt-levels x 2 targets matrix, --jobs 1 against
#      --jobs $(nproc): the parallel speed-up.
# Usage: scripts/bench-size.sh [--runs N]      (prints Markdown; docs/performance.md has the figures)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=5
[[ "${1:-}" == "--runs" ]] && runs="$2"
"$root/scripts/setup.sh" --quiet
dotnet build "$root/src/ToyRust.Cli" -c Release -nologo -v quiet >/dev/null
toyrust=(dotnet "$root/src/ToyRust.Cli/bin/Release/net10.0/toyrust.dll")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/app.rs" <<'RS'
use std::collections::HashMap;
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
fn main() {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "a b a c b a".split(' ') { *counts.entry(w.to_string()).or_insert(0) += 1; }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?} {} {}", keys, largest(&[1, 5, 3]), largest(&[1.5, 0.5]));
}
RS
rustc -C symbol-mangling-version=v0 "$work/app.rs" -o "$work/app"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); printf "%.3f\n" "$(echo "$end - $start" | bc)"; }

size_runs=(); binutils_runs=()
"${toyrust[@]}" size "$work/app" --format json >/dev/null # warm the disk cache
for _ in $(seq "$runs"); do
    size_runs+=("$(seconds "${toyrust[@]}" size "$work/app" --format json)")
    binutils_runs+=("$(seconds bash -c "nm -S --size-sort '$work/app' >/dev/null; size -A '$work/app' >/dev/null")")
done
bytes=$(stat -c %s "$work/app")
functions=$("${toyrust[@]}" size "$work/app" --format csv --table functions --top 0 | tail -n +2 | wc -l)
echo "| measurement | median of $runs |"
echo "|---|---|"
echo "| \`toyrust size\` of a $bytes-byte rustc executable ($functions functions), as a process | $(printf '%s\n' "${size_runs[@]}" | median) s |"
echo "| \`nm -S --size-sort\` + \`size -A\` of the same file | $(printf '%s\n' "${binutils_runs[@]}" | median) s |"

cores=$(nproc)
for jobs in 1 "$cores"; do
    t=()
    for _ in $(seq 3); do t+=("$(seconds "${toyrust[@]}" compare "$root"/examples/*.rs --matrix "opt=0,1,2,3 target=x86_64,aarch64" --jobs "$jobs" --out "$work/cmp")"); done
    echo "| \`toyrust compare\` examples x (4 opt-levels x 2 targets), --jobs $jobs | $(printf '%s\n' "${t[@]}" | median) s |"
done
