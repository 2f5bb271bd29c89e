#!/usr/bin/env bash
# Installs what the tests need (apt packages, a throwaway PostgreSQL on 127.0.0.1), runs every test
# on SQLite and PostgreSQL plus the browser journeys, and prints "N passed, N failed, N skipped" last.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "== $(date +%H:%M:%S) $*"; }

install_packages() {
  local missing=()
  for p in chromium postgresql fonts-noto-core fonts-hosny-amiri poppler-utils; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start 2>/dev/null || true
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  # A cluster made under a non-UTF-8 locale would store Arabic as bytes: remake it in UTF-8.
  if [ "$(su postgres -c "psql -p $port -tAc 'SHOW server_encoding'")" != "UTF8" ]; then
    pg_dropcluster --stop "$version" main
    pg_createcluster --locale C.UTF-8 "$version" main >/dev/null
    pg_ctlcluster "$version" main start
    port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  fi
  su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='nassij_test'\"" | grep -q 1 \
    || su postgres -c "psql -p $port -qc \"CREATE ROLE nassij_test LOGIN PASSWORD 'nassij_test' CREATEDB\""
  export NASSIJ_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=nassij_test;Password=nassij_test;Database=postgres"
  PG_PORT=$port
}

drop_test_databases() {
  [ -n "${PG_PORT:-}" ] || return 0
  su postgres -c "psql -p $PG_PORT -tAc \"SELECT datname FROM pg_database WHERE datname LIKE 'nassij_test_%'\"" 2>/dev/null \
    | while read -r db; do [ -n "$db" ] && su postgres -c "psql -p $PG_PORT -qc 'DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)'" >/dev/null 2>&1; done
}

install_packages
start_postgres
trap drop_test_databases EXIT

passed=0; failed=0; skipped=0; status=0

say "restore and build"
dotnet tool restore >/dev/null
build_log=$(mktemp)
built=1
if ! dotnet build Nassij.slnx -c Release > "$build_log" 2>&1; then
  grep -E "error|Error" "$build_log" | sort -u | head -n 50
  status=1; built=0
fi
rm -f "$build_log"

say "format check"
# EF writes the migrations (two thirds of the C# lines): formatting them checks nothing of ours.
if ! dotnet format Nassij.slnx --verify-no-changes --no-restore --exclude src/Nassij.Web/Platform/Data/Migrations >/dev/null 2>&1; then
  echo "dotnet format found changes to make: run 'dotnet format'"
  failed=$((failed + 1)); status=1
fi

run_tests() {
  local project=$1 log
  log=$(mktemp)
  say "tests: $project"
  dotnet test "$project" -c Release --no-build --blame-hang-timeout 10m 2>&1 | tee "$log" | grep -E "^\s*(Failed|Passed!|Failed!|Error Message|\[xUnit)|Assert|Exception" | head -n 200
  [ ${PIPESTATUS[0]} -eq 0 ] || status=1
  local line
  line=$(grep -E "(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "no test summary from $project"; failed=$((failed + 1)); status=1
  else
    failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")))
    passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")))
    skipped=$((skipped + $(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")))
  fi
  rm -f "$log"
}

if [ $built -eq 1 ]; then
  run_tests tests/Nassij.Tests/Nassij.Tests.csproj
  run_tests tests/Nassij.BrowserTests/Nassij.BrowserTests.csproj
else
  failed=$((failed + 1))
fi

[ $failed -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
