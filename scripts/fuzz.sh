#!/usr/bin/env bash
# A long fuzzing campaign (docs/reliability.md), in parallel across the cores:
#   1. the differential campaign: N generated programs, each built by rustc (the oracle) and by
#      ToyRust for x86-64 and AArch64 at opt-levels 0 and 3 (and, with --flip-overflow-checks, with
#      the overflow checks flipped), run and compared; mismatches are saved and the first few reduced;
#   2. the crash fuzzer: M mutated programs through the front end (and, when they still compile,
#      the back end), each in a worker process, so that even a stack overflow is caught and kept.
# It prints what was tried and every mismatch or crash found, and exits non-zero if it found any.
#
# usage: scripts/fuzz.sh [--programs N] [--mutations M] [--seed S] [--size K] [--jobs J]
#                        [--reduce R] [--out DIR] [--flip-overflow-checks]
#                        [--level 4] [--no-closures] [--no-try] [--no-display] [--iterators]
# The rule switches choose the generator's rules (GeneratorOptions): level 5's closures, `?` and
# Display are on unless turned off; its iterator chains are off unless --iterators.
set -uo pipefail
cd "$(dirname "$0")/.."

programs=1000 mutations=20000 seed=1 size=40 jobs=$(nproc) reduce=5 out=fuzz-out flip=() rules=()
while (($#)); do
    case "$1" in
        --programs) programs=$2; shift 2 ;;
        --mutations) mutations=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --reduce) reduce=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --flip-overflow-checks) flip=(--flip-overflow-checks); shift ;;
        --level) rules+=(--level "$2"); shift 2 ;;
        --no-closures|--no-try|--no-display|--iterators) rules+=("$1"); shift ;;
        *) echo "fuzz.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

scripts/setup.sh --quiet || exit 1
dotnet build tools/ToyRust.Fuzz -c Release -nologo -v quiet >/dev/null || { echo "fuzz.sh: the build failed" >&2; exit 1; }
fuzz=(dotnet tools/ToyRust.Fuzz/bin/Release/net10.0/toyrust-fuzz.dll)

status=0
if ((programs > 0)); then
    "${fuzz[@]}" diff --programs "$programs" --seed "$seed" --size "$size" --jobs "$jobs" \
        --reduce "$reduce" --out "$out/differential" "${flip[@]}" "${rules[@]}" || status=1
fi
if ((mutations > 0)); then
    "${fuzz[@]}" mutate --mutations "$mutations" --seed "$seed" --jobs "$jobs" --generated 100 --out "$out/crashes" || status=1
fi
exit $status
