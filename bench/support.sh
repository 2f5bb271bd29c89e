#!/usr/bin/env bash
# The support centre at national scale: seeds 1,000,000 cases and 5,000,000 messages (default) into a throwaway
# PostgreSQL database; starts the platform in Release; signs in as the supervisor and as an adviser and times the
# desk, a case, the supervision and the API with curl (median and slowest of 10 after 3 warm-ups).
# Prints one RESULT line per scenario. KEEP_DATA=1 measures again on the last seeded database.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
runs=${RUNS:-10}

source bench/common.sh
database=nassij_support_bench
start_postgres "$database"
seed_once "$database" seed-cases "$count"
queue=$(sql 'SELECT min("Id") FROM "CaseQueues"')
case_id=$(sql 'SELECT "Id" FROM "Cases" ORDER BY "Id" DESC LIMIT 1 OFFSET 500')
reference=$(sql "SELECT \"Reference\" FROM \"Cases\" WHERE \"Id\" = $(sql 'SELECT min("Id") + 123456 FROM "Cases"')")
year_ago=$(date -d '-365 days' +%F); today=$(date +%F)

export Database__Provider=Postgres ConnectionStrings__Nassij="$connection" Demo__Seed=false Logging__LogLevel__Default=Warning \
  Security__RequireTwoFactorForStaff=false Reminders__Enabled=false
port=$(free_port); log=$(bench_log support); echo "platform log: $log"
(cd src/Nassij.Web && exec dotnet bin/Release/net10.0/Nassij.Web.dll --urls "http://127.0.0.1:$port") > "$log" 2>&1 &
app=$!
supervisor_jar=$(mktemp); adviser_jar=$(mktemp)
trap 'kill $app 2>/dev/null || true; rm -f "$supervisor_jar" "$adviser_jar"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

base="http://127.0.0.1:$port"
sign_in "$supervisor_jar" bench-supervisor@bench.nassij.ma
sign_in "$adviser_jar" bench-adviser1@bench.nassij.ma

scenarios=(
  "desk, all live, first page|$supervisor_jar|/support/desk?view=All"
  "desk, about to miss target|$supervisor_jar|/support/desk?view=AtRisk"
  "desk, one queue, page 20|$supervisor_jar|/support/desk?view=All&queue=$queue&p=20"
  "desk, adviser's own cases|$adviser_jar|/support/desk"
  "desk, adviser's queues|$adviser_jar|/support/desk?view=All"
  "search, a reference|$supervisor_jar|/support/desk?view=All&status=Closed&q=$reference"
  "search, two words, closed|$supervisor_jar|/support/desk?view=All&status=Closed&q=renouvellement%20bureau"
  "one case with messages|$supervisor_jar|/support/desk/cases/$case_id"
  "supervision, 12 weeks|$supervisor_jar|/support/supervision"
  "supervision, one year|$supervisor_jar|/support/supervision?from=$year_ago&to=$today"
  "api cases, adviser|$adviser_jar|/api/cases"
  "help search|$supervisor_jar|/help?q=bureau"
)
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name jar path <<< "$scenario"
  measure "$name" "$jar" "$path"
done
