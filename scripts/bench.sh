#!/usr/bin/env bash
# Builds bench/ToyRust.Benchmarks in Release and runs it: the figures of docs/performance.md,
# printed as Markdown tables. Arguments are passed through (--runs N, --build-runs N, --lines N).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --quiet
dotnet build bench/ToyRust.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/ToyRust.Benchmarks/bin/Release/net10.0/ToyRust.Benchmarks.dll "$@"
