#!/usr/bin/env bash
# Declarations lodged, checked, assessed, channelled and stored with their events per second (ten items each) over
# HTTP, and the latency of one lodgement, on the embedded H2 database and on PostgreSQL (Debian's postgresql package,
# started here on a private port and socket directory, removed afterwards). Two ways of sending:
#   single  POST /api/v1/declarations, one declaration per request, from $clients connections (and from one
#           connection, for the latency of one lodgement without waiting behind others)
#   batch   POST /api/v1/declarations/batch, $batch declarations per request, from $bclients connections
# The load comes from wrk (Debian package `wrk`, a small C load generator, so that the client takes little of the two
# cores) with the Lua scripts next to this file. Traffic goes to 127.0.0.1 only.
# Usage: bench/scripts/declarations.sh [runs] [seconds] [clients] [batch] [bclients]
#        (build first: mvn -q -DskipTests package; needs wrk, and postgresql for the second half)
# Prints every run and the median of the runs; README quotes the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; seconds=${2:-15}; clients=${3:-16}; batch=${4:-100}; bclients=${5:-4}
warmup=${WARMUP:-40}
jar=server/target/importwindow.jar
port=18090; pgport=55439
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
scripts=$(pwd)/bench/scripts
work=$(mktemp -d /tmp/iw-decl-bench.XXXXXX)
chmod 777 "$work"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  if [ -d "$work/pg" ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # extra args...
  java -Xmx2g -jar "$jar" --server.port=$port --importwindow.data-dir="$work/h2" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not start" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

token() { # a bearer token for declarant-a (machine-to-machine senders do not send a password with every call)
  curl -fs -u declarant-a:demo -H 'Content-Type: application/json' -d '{"label":"load test","days":1}' \
    "http://127.0.0.1:$port/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

single() { # seconds label
  IW_TOKEN=$(token) IW_RUN=$(date +%s%N) IW_LABEL="$2" wrk -t$(( clients < 2 ? clients : 2 )) -c"$clients" -d"$1"s --timeout 30s \
    -s "$scripts/declarations.lua" "http://127.0.0.1:$port" | grep -E "declarations/s|failure"
}
batched() { # seconds label
  IW_BATCH=$batch IW_TOKEN=$(token) IW_RUN=$(date +%s%N) IW_LABEL="$2" wrk -t2 -c"$bclients" -d"$1"s --timeout 60s \
    -s "$scripts/declarations-batch.lua" "http://127.0.0.1:$port" | grep -E "declarations/s|failure"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rate() { sed -E 's/.*: ([0-9]+) declarations\/s.*/\1/'; }

measure() { # database label
  # the server compiles its hot paths for the first minute or so on two cores: warm both ways of sending first
  single "$warmup" "$1 warm-up single (not measured)" >/dev/null
  batched "$warmup" "$1 warm-up batch (not measured)" >/dev/null
  if [ "$1" = postgresql ]; then
    # A production database has table statistics (autovacuum analyses tables as they grow); a freshly created one
    # has none until autovacuum's first pass. Analyse after the warm-up, as autovacuum would.
    runuser -u postgres -- "$PGBIN/psql" -q -h "$work/pg" -p $pgport -d importwindow -c "ANALYZE"
  fi
  local s=() b=() l=() line
  # the latency of one lodgement on its own: one connection, one declaration after another
  for r in $(seq 1 "$runs"); do
    line=$(clients=1 single "$seconds" "$1 single, 1 connection (latency), run $r"); echo "$line"
    l+=("$(echo "$line" | head -1 | sed -E 's/.*latency median ([0-9.]+) ms, p99 ([0-9.]+) ms.*/\1 \2/')")
  done
  for r in $(seq 1 "$runs"); do
    line=$(single "$seconds" "$1 single, $clients connections, run $r"); echo "$line"; s+=("$(echo "$line" | head -1 | rate)")
  done
  for r in $(seq 1 "$runs"); do
    line=$(batched "$seconds" "$1 batches of $batch, $bclients connections, run $r"); echo "$line"; b+=("$(echo "$line" | head -1 | rate)")
  done
  echo "$1 median: single $(printf '%s\n' "${s[@]}" | median) declarations/s; batches $(printf '%s\n' "${b[@]}" | median) declarations/s; one lodgement alone: median $(printf '%s\n' "${l[@]}" | cut -d' ' -f1 | median) ms, p99 $(printf '%s\n' "${l[@]}" | cut -d' ' -f2 | median) ms"
}

echo "== H2 (embedded, file database)"
start_server
measure h2
stop_server

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ]; then echo "PostgreSQL not installed (apt-get install -y postgresql): skipped"; exit 0; fi
echo "== PostgreSQL ($("$PGBIN/postgres" --version))"
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work/pg -c shared_buffers=512MB -c synchronous_commit=on" -w start >/dev/null
runuser -u postgres -- "$PGBIN/createdb" -h "$work/pg" -p $pgport importwindow
start_server --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/importwindow?reWriteBatchedInserts=true" \
  --spring.datasource.username=postgres --spring.datasource.password=
measure postgresql
stop_server
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
