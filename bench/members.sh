#!/usr/bin/env bash
# An association with 100,000 members (default): seeds them into a throwaway PostgreSQL database, starts the platform
# in Release, signs in as its president and measures with wrk (-t2 -c16 from 127.0.0.1) the member list (first page,
# a page in the middle, sorted) and name searches in Arabic and Latin letters; then imports a 50,000-row file through
# the pages (upload, preview, start) and times the background job. Prints one RESULT line per scenario.
# KEEP_DATA=1 measures again on the last seeded database; SEED_ONLY=1 seeds and stops. The imported rows are deleted
# after the import is timed, so every run measures the seeded number of members.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
rows=${ROWS:-50000}
duration=${DURATION:-20s}

source bench/common.sh
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
database=nassij_members_bench
start_postgres "$database"
seed_once "$database" seed-members "$count"
[ -z "${SEED_ONLY:-}" ] || { echo "seeded $count members into $database"; exit 0; }
# Measure a settled database, as a server is: the seed's writes flushed now rather than during the measurement.
su postgres -c "psql -p $pg_port -qc CHECKPOINT"
id=$(sql "SELECT \"AssociationId\" FROM \"RoleGrants\" g JOIN \"AspNetUsers\" u ON u.\"Id\" = g.\"PersonId\" WHERE u.\"Email\" = 'bench-officer@bench.nassij.ma'")
middle=$(sql "SELECT \"Id\" FROM \"Members\" WHERE \"AssociationId\" = $id ORDER BY \"SortName\", \"Id\" OFFSET $((count / 2)) LIMIT 1")

export Database__Provider=Postgres ConnectionStrings__Nassij="$connection" Demo__Seed=false Logging__LogLevel__Default=Warning \
  Security__RequireTwoFactorForStaff=false Reminders__Enabled=false \
  Security__SessionCheckInterval=01:00:00  # wrk replays one cookie and cannot take the renewed one: see docs/performance.md
port=$(free_port); log=$(bench_log members); echo "platform log: $log"
(cd src/Nassij.Web && exec dotnet bin/Release/net10.0/Nassij.Web.dll --urls "http://127.0.0.1:$port") > "$log" 2>&1 &
app=$!
jar=$(mktemp); file=$(mktemp --suffix=.csv)
trap 'kill $app 2>/dev/null || true; rm -f "$jar" "$file"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"
sign_in "$jar" bench-officer@bench.nassij.ma
cookie=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")

enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
scenarios=(
  "member list, first page|/workspace/$id/members"
  "member list, page $((count / 50)) (middle)|/workspace/$id/members?p=$((count / 50))&after=$middle"
  "name search, arabic|/workspace/$id/members?q=$(enc 'فاطمه بناني')"
  "name search, latin|/workspace/$id/members?q=$(enc 'fatima bennani')"
  "search, an ID number|/workspace/$id/members?q=B100003"
)
for scenario in "${scenarios[@]}" "${scenarios[@]}"; do
  path=${scenario#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [ "$code" = 200 ] || { echo "${scenario%%|*}: HTTP $code"; exit 1; }
  wrk -t2 -c16 -d"${WARMUP:-6s}" -s bench/members.lua "$base" -- "$path" "$cookie" >/dev/null
done
for scenario in "${scenarios[@]}"; do
  name=${scenario%%|*}; path=${scenario#*|}
  printf '%-36s ' "$name"
  wrk -t2 -c16 -d"$duration" -s bench/members.lua "$base" -- "$path" "$cookie" | grep RESULT
done

# The import, as an officer does it: upload, preview, start; the job's time is from start to done.
dotnet bench/Nassij.Bench/bin/Release/net10.0/Nassij.Bench.dll members-file "$file" "$rows"
token() { curl -fs -b "$jar" -c "$jar" "$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
last_seeded=$(sql "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Members\"")
upload_started=$(date +%s.%N)
run=$(curl -fs -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -F "__RequestVerificationToken=$(token "$base/workspace/$id/members/import")" \
  -F "file=@$file;type=text/csv" "$base/workspace/$id/members/import")
preview=$(curl -fs -b "$jar" -c "$jar" "$run")
preview_done=$(date +%s.%N)
ready=$(echo "$preview" | grep -o 'data-testid="ready-count">[^<]*' | sed 's/.*>//')
start=$(date +%s.%N)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$(echo "$preview" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//; s/"$//')" \
  --data-urlencode "Consent=true" "$run?handler=Start"
while :; do
  progress=$(curl -fs -b "$jar" "$run?handler=Progress")
  case "$progress" in *'"Done"'*|*'"Failed"'*) break ;; esac
  sleep 0.2
done
finish=$(date +%s.%N)
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
printf '%-36s RESULT %s  upload+preview %s s  import job %s s  (%s rows ready)\n' "import of $rows rows" "$(echo "$progress" | tr -d '\n')" \
  "$(elapsed "$upload_started" "$preview_done")" "$(elapsed "$start" "$finish")" "$ready"
# Back to the seeded members (their words go with them), so a KEEP_DATA run measures the same list.
sql "DELETE FROM \"MemberDues\" WHERE \"MemberId\" > $last_seeded; DELETE FROM \"Members\" WHERE \"AssociationId\" = $id AND \"Id\" > $last_seeded" >/dev/null
