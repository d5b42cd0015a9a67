#!/usr/bin/env bash
# Installs what ToyRust needs from Debian 12 and npm, and nothing when it is all there.
# Idempotent and non-interactive; prints one line per step. `--quiet` prints only what it changes.
#
#   libllvm19               libLLVM.so.19.1, the back end (loaded by src/ToyRust.Llvm)
#   llvm-19-dev             the llvm-c headers, the reference for the bindings
#   gcc, libc6-dev, binutils  cc links x86-64 executables and compiles the runtime; nm/size inspect them
#   gcc-aarch64-linux-gnu   the same for AArch64
#   libc6-dev-arm64-cross   the AArch64 C library the cross linker links against (and qemu loads)
#   qemu-user               qemu-aarch64 runs AArch64 executables on this x86-64 machine
#   file                    identifies executables in the tests
#   clang, zlib1g-dev       .NET Native AOT links the native toyrust binary with them (./toyrust)
#   lld-19                  ld.lld for `-C link-arg=-fuse-ld=lld` and identical code folding (`-Wl,--icf=all`)
#   chromium                headless screenshots of the HTML size reports (scripts/screenshot.sh)
#   node_modules (npm ci)   antlr-ng, the ANTLR tool a test uses to check the generated parser is current
set -euo pipefail
cd "$(dirname "$0")/.."

quiet=false
[[ "${1:-}" == "--quiet" ]] && quiet=true
say() { $quiet || echo "setup: $*"; }

packages=(libllvm19 llvm-19-dev gcc libc6-dev gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user binutils file chromium lld-19 valgrind clang zlib1g-dev)

# The fast path, taken by every ./toyrust run: nothing was installed or removed since the last full
# check found everything (dpkg's status file is older than the stamp, which names the same list).
stamp=.toyrust/setup-ok
if $quiet && [[ -f "$stamp" && "$stamp" -nt /var/lib/dpkg/status && -x node_modules/.bin/antlr-ng ]] \
    && [[ "$(<"$stamp")" == "${packages[*]}" ]]; then
    exit 0
fi
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    say "apt packages present (${packages[*]})"
else
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "setup: error: missing ${missing[*]} and not root (no sudo to install them)" >&2
            exit 1
        fi
    fi
    echo "setup: installing ${missing[*]} (apt-get)"
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm_ok=true
if [[ -f package.json ]]; then
    if [[ -x node_modules/.bin/antlr-ng ]]; then
        say "npm packages present (antlr-ng)"
    elif command -v npm >/dev/null; then
        echo "setup: installing npm packages (npm ci)"
        npm ci --no-audit --no-fund --silent >/dev/null
    else
        echo "setup: warning: npm not found; install Debian's npm for the ANTLR tool" >&2
        npm_ok=false
    fi
fi

if $npm_ok; then
    mkdir -p "$(dirname "$stamp")"
    echo "${packages[*]}" >"$stamp"
fi
