#!/usr/bin/env bash
# Refreshes the vendored front-end files under src/Nassij.Web/wwwroot/lib from npm.
# Run at development time only; the built files are committed so the app never reaches a CDN.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund bootstrap@5.3.8 @fontsource/noto-sans-arabic@5.3.0 purgecss@7.0.2 >/dev/null
lib="$here/src/Nassij.Web/wwwroot/lib"
rm -rf "$lib" && mkdir -p "$lib/bootstrap" "$lib/noto-sans-arabic"
cp node_modules/bootstrap/LICENSE "$lib/bootstrap/"
# Only the rules the pages use (tools/purge-bootstrap.cjs), and the list of every Bootstrap class, which the
# stylesheet test reads to tell a class this cut removed from one of our own.
NODE_PATH="$work/node_modules" node "$here/tools/purge-bootstrap.cjs" node_modules/bootstrap/dist/css
# The fonts are cut down to the Arabic block (and the joiners and marks it needs), with every layout feature kept
# so letters still join: 21 KB a weight instead of 49 KB. Text outside falls back to the system's fonts, and the
# unicode-range in css/site.css says the same. fontTools comes from Debian (python3-fonttools, python3-brotli).
dpkg -s python3-fonttools python3-brotli >/dev/null 2>&1 || apt-get install -y -qq python3-fonttools python3-brotli >/dev/null
for w in 400 700; do
  /usr/bin/python3 -m fontTools.subset "node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-$w-normal.woff2" \
    --unicodes="U+0600-06FF,U+200C-200F,U+2010-2011,U+FD3E-FD3F" --layout-features='*' --flavor=woff2 \
    --output-file="$lib/noto-sans-arabic/noto-sans-arabic-arabic-$w-normal.woff2"
done
cp node_modules/@fontsource/noto-sans-arabic/LICENSE "$lib/noto-sans-arabic/" 2>/dev/null || true
echo "vendored into $lib"
