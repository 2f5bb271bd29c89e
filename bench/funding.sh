#!/usr/bin/env bash
# A call at national scale: seeds 20,000 associations each with an application (default), 60,000 evaluations
# and their scores, agreements for the selected projects, into a throwaway PostgreSQL database; starts the
# platform in Release; signs in as a call manager and times the committee's and monitoring pages and the
# exports with curl (median and slowest of 10 after 3 warm-ups). Prints one RESULT line per scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
runs=${RUNS:-10}

source bench/common.sh
database=nassij_funding_bench
start_postgres "$database"
seed_once "$database" seed-call "$count"
call=$(sql 'SELECT max("Id") FROM "Calls"')
lot=$(sql "SELECT min(\"Id\") FROM \"Lots\" WHERE \"CallId\" = $call")

export Database__Provider=Postgres ConnectionStrings__Nassij="$connection" Demo__Seed=false Logging__LogLevel__Default=Warning \
  Security__RequireTwoFactorForStaff=false Reminders__Enabled=false
port=$(free_port); log=$(bench_log funding); echo "platform log: $log"
(cd src/Nassij.Web && exec dotnet bin/Release/net10.0/Nassij.Web.dll --urls "http://127.0.0.1:$port") > "$log" 2>&1 &
app=$!
jar=$(mktemp)
trap 'kill $app 2>/dev/null || true; rm -f "$jar"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

base="http://127.0.0.1:$port"
sign_in "$jar" bench-manager@bench.nassij.ma

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
  measure "${scenario%%|*}" "$jar" "${scenario#*|}"
done
