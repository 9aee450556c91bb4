#!/usr/bin/env bash
# Declarations lodged, assessed and channelled per second (ten items each) over HTTP, and the latency of one
# lodgement, on the embedded H2 database and on PostgreSQL (Debian's postgresql package, started here on a
# private port and socket directory, removed afterwards). Traffic goes to 127.0.0.1 only.
# Usage: bench/scripts/declarations.sh [total] [concurrency] [runs]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
total=${1:-4000}; clients=${2:-8}; runs=${3:-3}
jar=server/target/importwindow.jar
port=18090; pgport=55439
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
cp=$(cd bench && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null || mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
[ -d bench/target/classes ] || { echo "build the bench module first: mvn -q -pl bench -am -DskipTests package" >&2; exit 1; }
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

load() { # label
  for r in $(seq 1 "$runs"); do
    java -cp "bench/target/classes:$cp" org.importwindow.bench.DeclarationLoad "http://127.0.0.1:$port" "$total" "$clients" 1000 "$1 run $r"
  done
}

echo "== H2 (embedded, file database)"
start_server
load h2
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
# A production database has table statistics (autovacuum analyses tables as they grow); a freshly created one has
# none until autovacuum's first pass, which a short run never reaches. Lodge a first batch, then analyse, as
# autovacuum would, so that the runs measure the plans a running installation uses.
java -cp "bench/target/classes:$cp" org.importwindow.bench.DeclarationLoad "http://127.0.0.1:$port" 2000 "$clients" 0 "postgresql first batch (not measured)" >/dev/null
runuser -u postgres -- "$PGBIN/psql" -q -h "$work/pg" -p $pgport -d importwindow -c "ANALYZE"
load postgresql
stop_server
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
