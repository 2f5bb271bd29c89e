#!/usr/bin/env bash
# A call at national scale: seeds 20,000 associations each with an application (default), 60,000 evaluations
# and their scores, agreements for the selected projects, into a throwaway PostgreSQL database; starts the
# platform in Release; signs in as a call manager and times the committee's and monitoring pages and the
# exports with curl (median and slowest of 10 after 3 warm-ups). Prints one RESULT line per scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
port=5098
runs=${RUNS:-10}

command -v curl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main start 2>/dev/null || true
pg_port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
su postgres -c "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='nassij_bench'\"" | grep -q 1 \
  || su postgres -c "psql -p $pg_port -qc \"CREATE ROLE nassij_bench LOGIN PASSWORD 'nassij_bench' CREATEDB\""
database=nassij_funding_bench
connection="Host=127.0.0.1;Port=$pg_port;Username=nassij_bench;Password=nassij_bench;Database=$database"
dotnet build -c Release bench/Nassij.Bench >/dev/null
if [ -z "${KEEP_DATA:-}" ]; then
  su postgres -c "psql -p $pg_port -qc 'DROP DATABASE IF EXISTS $database WITH (FORCE)'"
  dotnet bench/Nassij.Bench/bin/Release/net10.0/Nassij.Bench.dll seed-call "$connection" "$count"
fi
sql() { PGPASSWORD=nassij_bench psql -h 127.0.0.1 -p "$pg_port" -U nassij_bench -d "$database" -tAc "$1"; }
call=$(sql 'SELECT max("Id") FROM "Calls"')
lot=$(sql "SELECT min(\"Id\") FROM \"Lots\" WHERE \"CallId\" = $call")

export Database__Provider=Postgres ConnectionStrings__Nassij="$connection" Demo__Seed=false Logging__LogLevel__Default=Warning \
  Security__RequireTwoFactorForStaff=false Reminders__Enabled=false
(cd src/Nassij.Web && exec dotnet bin/Release/net10.0/Nassij.Web.dll --urls "http://127.0.0.1:$port") > /tmp/nassij-funding-bench.log 2>&1 &
app=$!
jar=$(mktemp)
trap 'kill $app 2>/dev/null || true; rm -f "$jar"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

base="http://127.0.0.1:$port"
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=bench-manager@bench.nassij.ma" --data-urlencode "Input.Password=Nassij-bench-2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"

scenarios=(
  "ranking, lot, first page|/staff/calls/$call/ranking?lot=$lot"
  "ranking, lot, page 100|/staff/calls/$call/ranking?lot=$lot&p=100"
  "applications, page 200|/staff/calls/$call/applications?p=200"
  "applications, one state|/staff/calls/$call/applications?state=Selected&p=5"
  "monitoring dashboard|/staff/calls/$call/monitoring"
  "agreements, page 10|/staff/calls/$call/agreements?p=10"
  "export applications xlsx|/staff/calls/$call/export/applications.xlsx"
  "export applications csv|/staff/calls/$call/export/applications.csv"
  "export agreements xlsx|/staff/calls/$call/export/agreements.xlsx"
  "api applications, page 300|/api/calls/$call/applications?page=300"
)
for scenario in "${scenarios[@]}"; do
  name=${scenario%%|*}; path=${scenario#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$path")
  [ "$code" = 200 ] || { echo "$name: HTTP $code"; exit 1; }
  for _ in 1 2 3; do curl -s -o /dev/null -b "$jar" "$base$path"; done
  times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$path"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')
  slowest=$(echo "$times" | tail -1 | awk '{print $1*1000}')
  printf '%-28s RESULT median %6.0f ms  slowest %6.0f ms\n' "$name" "$median" "$slowest"
done
