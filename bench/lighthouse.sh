#!/usr/bin/env bash
# A first visit on a cheap phone: publishes the platform in Release, runs it on SQLite with the demo data, and
# runs Lighthouse (mobile, its default simulated throttling: slow 4G, 4x CPU) in Arabic on /, /associations and
# /calls with Debian's Chromium. Prints one RESULT line per page: scores, LCP, bytes transferred and requests.
# Lighthouse 12.2.3: version 13 needs Node 22, and Debian 12 ships Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${PAGES:-"/ /associations /calls"}
work=$(mktemp -d /tmp/nassij-lighthouse.XXXXXX)
trap 'kill "${app:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
tools=bench/.lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  echo '{"name": "nassij-lighthouse", "private": true}' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund -E lighthouse@12.2.3 >/dev/null)
fi

dotnet publish src/Nassij.Web -c Release -o "$work/app" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/app" && exec dotnet Nassij.Web.dll --urls "http://127.0.0.1:$port") > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

for page in $pages; do
  out="$work/report.json"
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" \
    --quiet --output=json --output-path="$out" --only-categories=performance,accessibility,best-practices \
    --extra-headers='{"Accept-Language":"ar"}' \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic" \
    >/dev/null 2>&1 || { echo "$page: lighthouse failed"; continue; }
  python3 - "$out" "$page" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
c, a = r["categories"], r["audits"]
items = a["network-requests"]["details"]["items"]
kb = sum(i.get("transferSize", 0) for i in items) / 1024
print(f'{sys.argv[2]:<16} RESULT performance {c["performance"]["score"]*100:3.0f}  accessibility {c["accessibility"]["score"]*100:3.0f}'
      f'  best practices {c["best-practices"]["score"]*100:3.0f}  LCP {a["largest-contentful-paint"]["numericValue"]/1000:.2f} s'
      f'  FCP {a["first-contentful-paint"]["numericValue"]/1000:.2f} s  {kb:.0f} KB in {len(items)} requests')
for audit in ("render-blocking-resources", "errors-in-console", "color-contrast"):
    if audit in a and a[audit].get("score") not in (None, 1):
        print(f'{"":<16} {audit}: {a[audit].get("displayValue") or a[audit]["title"]}')
EOF
done
