#!/usr/bin/env bash
# Builds bench/ToyRust.Benchmarks in Release and runs it: the figures of docs/performance.md,
# printed as Markdown tables. Arguments are passed through (--runs N, --build-runs N, --lines N).
# The monomorphization-scale section (~1,000 to ~20,000 mono items, one child process per build,
# with peak memory) runs last; `--scale` runs it alone, `--no-scale` skips it, and
# `--sizes 1000,5000,10000,20000 --scale-runs 3 --no-rustc` tune it. The run-time section (bench/kernels
# built by ToyRust and rustc at -O, run side by side) comes before it; `--runtime` runs it alone,
# `--no-runtime` skips it, `--runtime-runs N` sets the timed runs of each executable. The
# robustness section (bench/robustness and a generated long function, built at opt-levels 0–3
# beside rustc) follows it: `--robustness` runs it alone, `--no-robustness` skips it. The start-up
# section (the native `toyrust build` and `rustc` as processes on hello world and the examples)
# comes first: `--startup` runs it alone, `--no-startup` skips it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --quiet
./toyrust --version >/dev/null   # publishes the native compiler the start-up section runs
dotnet build bench/ToyRust.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/ToyRust.Benchmarks/bin/Release/net10.0/ToyRust.Benchmarks.dll "$@"
