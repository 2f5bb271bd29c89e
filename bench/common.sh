# Sourced by the bench scripts: a local PostgreSQL with a bench role, seeding once, signing in, timing pages.

# Starts PostgreSQL if needed, creates the nassij_bench role; sets pg_port and connection (for database $1).
start_postgres() {
  local version
  command -v curl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start 2>/dev/null || true
  pg_port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  su postgres -c "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='nassij_bench'\"" | grep -q 1 \
    || su postgres -c "psql -p $pg_port -qc \"CREATE ROLE nassij_bench LOGIN PASSWORD 'nassij_bench' CREATEDB\""
  connection="Host=127.0.0.1;Port=$pg_port;Username=nassij_bench;Password=nassij_bench;Database=$1"
}

# Drops and seeds database $1 with `Nassij.Bench $2 $3`, unless KEEP_DATA=1 (measure again on the last seed).
seed_once() {
  dotnet build -c Release bench/Nassij.Bench >/dev/null
  if [ -z "${KEEP_DATA:-}" ]; then
    su postgres -c "psql -p $pg_port -qc 'DROP DATABASE IF EXISTS $1 WITH (FORCE)'"
    dotnet bench/Nassij.Bench/bin/Release/net10.0/Nassij.Bench.dll "$2" "$connection" "$3"
  fi
}

sql() { PGPASSWORD=nassij_bench psql -h 127.0.0.1 -p "$pg_port" -U nassij_bench -d "$database" -tAc "$1"; }

# Signs in as $2 (bench password) with the cookie jar $1, against $base.
sign_in() {
  local token
  token=$(curl -fs -c "$1" -b "$1" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$1" -b "$1" --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=Nassij-bench-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
}

# Times $base$3 with cookie jar $2: 3 warm-ups, then the median and slowest of $runs; prints a RESULT line named $1.
measure() {
  local code times median slowest
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$2" "$base$3")
  [ "$code" = 200 ] || { echo "$1: HTTP $code"; exit 1; }
  for _ in 1 2 3; do curl -s -o /dev/null -b "$2" "$base$3"; done
  times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -b "$2" -w '%{time_total}\n' "$base$3"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')
  slowest=$(echo "$times" | tail -1 | awk '{print $1*1000}')
  printf '%-32s RESULT median %6.0f ms  slowest %6.0f ms\n' "$1" "$median" "$slowest"
}

# A free port on 127.0.0.1 for the platform, so two benches (or a bench and a developer's run) never collide.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Where the platform's log of this run goes: a new file each run, named on the console when the run ends.
bench_log() { mktemp "/tmp/nassij-$1-bench.XXXXXX.log"; }
