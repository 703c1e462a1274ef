#!/usr/bin/env bash
# Checks the archive's web view in a real headless browser (Chromium from Debian): builds an
# archive from samples/ (and ../shared/corpus when present), starts `letters archive serve` on a
# free loopback port, loads the search page, a search, a letter, a signatory and a versions page,
# and fails on any console message (a script error, a refused style or frame: the pages have no
# scripts, so any message is a fault) or a search that finds nothing. Screenshots go to docs/.
#
# usage: scripts/check-web.sh [LETTERS_BINARY]   (default .build/debug/letters)
# Needs chromium (`apt-get install -y chromium`).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/letters}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check-web: chromium not installed (apt-get install -y chromium)"; exit 1; }
work=$(mktemp -d /tmp/letters-web.XXXXXX)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
# The corpus holds the seed PDFs of samples/ too (same names): take them from one place only.
inputs=(samples)
[ -d ../shared/corpus ] && inputs=(samples/*.txt ../shared/corpus/*.pdf)
# --timeout 600: the scanned corpus letter is read by OCR, which on a loaded machine can pass 60 s.
"$bin" archive add --db "$work/letters.sqlite" "${inputs[@]}" --jobs 2 --timeout 600 2>&1 | tail -1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" archive serve --db "$work/letters.sqlite" --port "$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
base="http://127.0.0.1:$port"
letter=$(curl -fs "$base/?q=solidarity+mexican" | grep -o 'href="/letters/[0-9]*"' | head -1 | grep -o '[0-9]*')
signer=$(curl -fs "$base/letters/$letter" | grep -o 'href="/signatories/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
failed=0
check() {   # NAME PATH EXPECTED-TEXT
    local name=$1 url="$base$2" expected=$3
    "$browser" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom "$url" \
        >"$work/$name.html" 2>"$work/$name.log" || true
    local messages
    messages=$(grep -c 'CONSOLE' "$work/$name.log" || true)
    if [ "$messages" != 0 ]; then
        echo "FAILED: $name ($2): $messages console messages"; grep 'CONSOLE' "$work/$name.log" | head -5; failed=1
    elif ! grep -q -- "$expected" "$work/$name.html"; then
        echo "FAILED: $name ($2): the page does not show '$expected'"; failed=1
    else
        echo "ok: $name ($2): no console message, shows '$expected'"
    fi
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900 \
        --screenshot="docs/web-$name.png" "$url" >/dev/null 2>&1 || true
}
check search "/?q=surveillance" 'letters\? match'
check phrase "/?q=%22open+government%22+OR+surveil*" 'letters\? match'
check letter "/letters/$letter" 'Signatories'
check signatory "$signer" 'signed, by date'
check versions "/letters/$letter/versions" "Changes from letter"
diff=$(curl -fs "$base/letters/$letter/versions" | grep -o 'src="/diff?[^"]*"' | head -1 | sed 's/^src="//; s/"$//; s/&amp;/\&/g')
check diff "$diff" "Changes between two versions"
count=$(grep -o '[0-9]* letters\? match' "$work/search.html" | head -1)
echo "search for surveillance: $count"
case "$count" in ""|"0 letters match") echo "FAILED: the search found nothing"; failed=1 ;; esac
[ $failed = 0 ] && echo "check-web: ok (screenshots in docs/web-*.png)"
exit $failed
