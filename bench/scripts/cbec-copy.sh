#!/usr/bin/env bash
# How long a single window that ran with the SQL store takes, at its first start on the RocksDB store, to copy its
# cross-border e-commerce state over (SqlToRocks): the server is started with importwindow.cbec.store=sql on a private
# port and a temporary data directory (removed afterwards), sent the bench's generated traffic over HTTP (the same as
# bench/scripts/cbec.sh: orders, payments, waybills and lists, 100 documents a message), stopped, and started again
# with the RocksDB store; the copy's own log line says what it copied and how long it took, and the start-up until
# /actuator/health answers UP is timed around it.
# Usage: bench/scripts/cbec-copy.sh [purchases] [rounds]
#        (build first: mvn -q -o -pl core,bench -am -DskipTests install && mvn -q -o -pl server -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
purchases=${1:-20000}; rounds=${2:-3}
jar=server/target/importwindow.jar
port=18093
[ -f "$jar" ] || { echo "build first: mvn -q -o -pl server -DskipTests package" >&2; exit 1; }
work=$(mktemp -d /tmp/iw-cbec-copy.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mvn -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="bench/target/classes:$(cat "$work/cp.txt")"

start_server() { # store log
  local t0; t0=$(date +%s.%N)
  java -Xmx2g -jar "$jar" --server.port=$port --importwindow.data-dir="$work/data" --importwindow.cbec.store="$1" \
    >"$2" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 6000); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then
      echo "started with the $1 store in $(echo "$(date +%s.%N) - $t0" | bc) s"; return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not start" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
start_server sql "$work/sql.log"
for r in $(seq 1 "$rounds"); do
  java -Xmx1500m -cp "$cp" org.importwindow.bench.cbec.CbecHttpLoad url="http://127.0.0.1:$port" label="sql-$r" \
    seed=$((700 + r)) purchases="$purchases" connections=4 mode=interleaved verify=false | grep -E "^RESULT mode" || true
done
echo "SQL store: $(( purchases * rounds )) purchases sent"
stop_server
start_server rocksdb "$work/rocks.log"
grep -E "copying into RocksDB|Copied into RocksDB" "$work/rocks.log" | sed -E 's/.*(copying into RocksDB|Copied into RocksDB)/\1/'
echo "on disk: RocksDB $(du -sm "$work/data/cbec-rocksdb" | cut -f1) MB"
stop_server
