#!/usr/bin/env bash
# Renders an HTML file in headless Chromium and writes a PNG of the first 1200x900 pixels.
# Exits non-zero when chromium is missing or no PNG was written. Chromium's own chatter (dbus
# warnings on a machine without a session bus) goes to stderr only if the screenshot failed.
#
#   scripts/screenshot.sh report.html report.png
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 HTML PNG" >&2
    exit 2
fi
html=$(realpath -- "$1")
png=$(realpath -m -- "$2")
[[ -f "$html" ]] || { echo "screenshot: no such file: $1" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$browser" ]] || { echo "screenshot: chromium not found (scripts/setup.sh installs it)" >&2; exit 3; }

# A file URL: percent-encode the characters a path may hold that a URL may not.
url=${html//%/%25}; url=${url// /%20}; url=${url//#/%23}; url=${url//\?/%3F}
url="file://$url"

rm -f -- "$png"
log=$(mktemp)
trap 'rm -f -- "$log"' EXIT
status=0
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$png" --window-size=1200,900 "$url" >"$log" 2>&1 || status=$?

if ((status != 0)) || [[ ! -s "$png" ]]; then
    cat "$log" >&2
    echo "screenshot: chromium exited $status and wrote no PNG at $png" >&2
    exit 1
fi
echo "screenshot: $png"
