#!/usr/bin/env bash
# The directory at national scale: seeds N associations (default 300,000) into a throwaway
# PostgreSQL database, starts the platform in Release on it, and measures directory searches
# with wrk (-t2 -c16, from 127.0.0.1). Prints one RESULT line per scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
count=${1:-300000}
duration=${DURATION:-20s}

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql >/dev/null; }
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main start 2>/dev/null || true
pg_port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
su postgres -c "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='nassij_bench'\"" | grep -q 1 \
  || su postgres -c "psql -p $pg_port -qc \"CREATE ROLE nassij_bench LOGIN PASSWORD 'nassij_bench' CREATEDB\""
connection="Host=127.0.0.1;Port=$pg_port;Username=nassij_bench;Password=nassij_bench;Database=nassij_bench"
dotnet build -c Release bench/Nassij.Bench >/dev/null
# KEEP_DATA=1 measures again on the database the last run seeded.
if [ -z "${KEEP_DATA:-}" ]; then
  su postgres -c "psql -p $pg_port -qc 'DROP DATABASE IF EXISTS nassij_bench WITH (FORCE)'"
  dotnet bench/Nassij.Bench/bin/Release/net10.0/Nassij.Bench.dll seed "$connection" "$count"
fi

export Database__Provider=Postgres ConnectionStrings__Nassij="$connection" Demo__Seed=false Logging__LogLevel__Default=Warning
port=$(free_port); log=$(bench_log directory); echo "platform log: $log"
(cd src/Nassij.Web && exec dotnet bin/Release/net10.0/Nassij.Web.dll --urls "http://127.0.0.1:$port") > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
scenarios=(
  "first page, no query|/associations"
  "arabic query, first page|/associations?q=$(enc 'جمعيه الامل')"
  "arabic query, page 20|/associations?q=$(enc 'جمعيه الامل')&p=20"
  "latin query, first page|/associations?q=fes"
  "latin query, page 20|/associations?q=fes&p=20"
  "rare latin query|/associations?q=$(enc 'ichraq tiznit')"
  "region filter, page 5|/associations?region=06&p=5"
  "domain filter|/associations?domain=Digital"
  "api, arabic query|/api/associations?q=$(enc 'الرياضه')"
)
# Warm up every scenario first: the JIT's tiered compilation needs some seconds of traffic.
for scenario in "${scenarios[@]}" "${scenarios[@]}"; do
  path=${scenario#*|}
  curl -fs -o /dev/null "http://127.0.0.1:$port$path" || { echo "${scenario%%|*}: request failed"; exit 1; }
  wrk -t2 -c16 -d"${WARMUP:-4s}" -s bench/directory.lua "http://127.0.0.1:$port" -- "$path" >/dev/null
done
for scenario in "${scenarios[@]}"; do
  name=${scenario%%|*}; path=${scenario#*|}
  printf '%-28s ' "$name"
  wrk -t2 -c16 -d"$duration" -s bench/directory.lua "http://127.0.0.1:$port" -- "$path" | grep RESULT
done
