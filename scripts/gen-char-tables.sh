#!/usr/bin/env bash
# Builds and runs scripts/gen-char-tables.rs with rustc (the oracle): prints the prelude's Unicode
# tables on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rustc -O --edition 2021 "$root/scripts/gen-char-tables.rs" -o "$tmp/gen-char-tables"
"$tmp/gen-char-tables"
