#!/usr/bin/env bash
# Refreshes the vendored front-end files under src/Nassij.Web/wwwroot/lib from npm.
# Run at development time only; the built files are committed so the app never reaches a CDN.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund bootstrap@5.3.8 @fontsource/noto-sans-arabic@5.3.0 >/dev/null
lib="$here/src/Nassij.Web/wwwroot/lib"
rm -rf "$lib" && mkdir -p "$lib/bootstrap" "$lib/noto-sans-arabic"
cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.rtl.min.css "$lib/bootstrap/"
cp node_modules/bootstrap/LICENSE "$lib/bootstrap/"
for w in 400 700; do
  cp "node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-$w-normal.woff2" "$lib/noto-sans-arabic/"
done
cp node_modules/@fontsource/noto-sans-arabic/LICENSE "$lib/noto-sans-arabic/" 2>/dev/null || true
echo "vendored into $lib"
