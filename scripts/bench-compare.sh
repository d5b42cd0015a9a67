#!/usr/bin/env bash
# Side by side on one machine in one run: the benchmark of two commits (default: BEFORE = the
# commit given, AFTER = HEAD), each built in its own temporary worktree. It prints
#   1. the front end and end-to-end tables of each (scripts/bench.sh --no-scale), one after the other;
#   2. the 20,000-instance scale build (`--scale-one 142`, 20,023 mono items), RUNS times each,
#      alternating before/after so that a change in the machine's load hits both alike.
# usage: scripts/bench-compare.sh BEFORE [AFTER] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."

before=${1:?usage: scripts/bench-compare.sh BEFORE [AFTER] [--runs N]}
after=HEAD runs=3
shift
if (($#)) && [[ $1 != --* ]]; then after=$1; shift; fi
while (($#)); do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        *) echo "bench-compare.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

scripts/setup.sh --quiet
work=$(mktemp -d)
trap 'git worktree remove --force "$work/before" 2>/dev/null; git worktree remove --force "$work/after" 2>/dev/null; rm -rf "$work"' EXIT
for side in before after; do
    commit=${!side}
    git worktree add --detach "$work/$side" "$commit" >/dev/null
    dotnet build "$work/$side/bench/ToyRust.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly
done
bench() { dotnet "$work/$1/bench/ToyRust.Benchmarks/bin/Release/net10.0/ToyRust.Benchmarks.dll" "${@:2}"; }

for side in before after; do
    echo "# $side: $(git log -1 --format='%h %s' "${!side}")"
    (cd "$work/$side" && bench "$side" --no-scale --runs 10 --build-runs 3)
done

echo "# 20,000-instance scale build (--scale-one 142, opt-level 0), alternating; one JSON line per run"
for ((i = 1; i <= runs; i++)); do
    for side in before after; do
        printf '%s run %d: ' "$side" "$i"
        (cd "$work/$side" && bench "$side" --scale-one 142 --scale-opt 0)
    done
done
