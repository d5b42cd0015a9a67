#!/usr/bin/env bash
# Regenerates the C# lexer and parser from grammar/ToyRust.g4 with the antlr-ng tool pinned in
# package.json (run `npm ci` once). Usage: grammar/generate.sh [output-dir]
# The default output is src/ToyRust.Syntax/Generated; GeneratedParserIsCurrent passes a temp dir.
#
# Post-processing: the generated types become `internal` (the ANTLR parse tree never leaves
# ToyRust.Syntax) and the files are marked `#nullable disable` (ANTLR's C# is not annotated).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/src/ToyRust.Syntax/Generated}"
tool="$repo/node_modules/.bin/antlr-ng"
if [[ ! -x "$tool" ]]; then
    echo "antlr-ng is not installed: run 'npm ci' in $repo" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Run from the grammar folder so the generated files name the grammar without a directory.
(cd "$repo/grammar" && "$tool" -Dlanguage=CSharp -p ToyRust.Syntax.Generated --generate-listener false -o "$work" ToyRust.g4 >&2)

mkdir -p "$out"
for name in ToyRustLexer ToyRustParser; do
    sed -e 's/^public partial class /internal partial class /' \
        -e '/^\[System.CLSCompliant(false)\]$/d' \
        -e '0,/^namespace /s//#nullable disable\n&/' \
        "$work/$name.cs" > "$out/$name.cs"
done
