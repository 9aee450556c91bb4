#!/usr/bin/env bash
# The storage floor: rows (documents) per second that the embedded H2 database (the server's URL options), PostgreSQL
# (Debian's postgresql package, started here on a private port and socket directory) and RocksDB (rocksdbjni, the
# version kafka-streams brings to the server) store durably, in batches of 2,000 from one writer, for four shapes of
# insert: (a) sequential key, no secondary index; (b) random key like an order number; (c) random key + 1 secondary
# index; (d) random key + 3 secondary indexes; each after a pre-fill of PREFILL rows, measured over ROWS more rows in
# 3 segments (median). Prints the CPU of this JVM and of PostgreSQL's processes per row, the CPU other processes on
# the machine took during each segment (a segment over 0.15 core of others is repeated), one RESULT line per case and
# what the floor allows per purchase of 11 rows / 35 index entries and of 6 rows / 14 (INTERPRET lines).
# Everything it creates lives in a temporary directory, removed afterwards (PostgreSQL stopped first).
# Usage: bench/scripts/store-floor.sh      (build first: mvn -q -o -B -pl bench -am -DskipTests install)
# Environment: ROWS (rows measured per case, default 1000000), PREFILL (rows written before measuring, default
# ROWS), STORES (default h2,postgresql,rocksdb), CASES (default a,b,c,d), EXTRA (more key=value arguments of
# org.importwindow.bench.store.StoreFloor, e.g. "purchases=11/35,6/14,4/8 maxOthers=0.3").
# Default runtime on the reference machine (2 cores): about 12 minutes; ROWS=200000 takes about 2.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${ROWS:-1000000}; prefill=${PREFILL:-$rows}; stores=${STORES:-h2,postgresql,rocksdb}; cases=${CASES:-a,b,c,d}
pgport=55441
[ -d bench/target/classes/org/importwindow/bench/store ] || { echo "build first: mvn -q -o -B -pl bench -am -DskipTests install" >&2; exit 1; }
work=$(mktemp -d /tmp/iw-store-floor.XXXXXX)
chmod 755 "$work"
PGBIN=""
cleanup() {
  if [ -d "$work/pg" ] && [ -n "$PGBIN" ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mvn -q -o -B -pl bench dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.txt" 2>&1 \
  || { cat "$work/mvn.txt" >&2; exit 1; }
cp="bench/target/classes:$(cat "$work/cp.txt")"

echo "# store floor, $(date -u '+%F %T') UTC; machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GB, disk $(df "$work" | awk 'NR==2{print $1}'); $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
pg_args=()
if [[ ",$stores," == *",postgresql,"* ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$PGBIN" ] || ! id postgres >/dev/null 2>&1; then
    echo "# PostgreSQL not installed (apt-get install -y postgresql): skipped"
    stores=$(echo ",$stores," | sed 's/,postgresql,/,/; s/^,//; s/,$//')
  else
    # initdb refuses to run as root: the cluster belongs to the postgres user, in a directory of its own
    mkdir -p "$work/pg" && chown postgres "$work/pg"
    runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -l "$work/pg/log.txt" \
      -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c synchronous_commit=on" -w start >/dev/null
    runuser -u postgres -- "$PGBIN/createdb" -h "$work/pg" -p $pgport floor
    echo "# PostgreSQL: $("$PGBIN/postgres" --version), shared_buffers=512MB, synchronous_commit=on, other settings the package's defaults"
    # how long making one write durable takes on this disk (every commit of PostgreSQL and every synced RocksDB
    # batch waits for one such flush at least)
    echo "# disk: $(runuser -u postgres -- "$PGBIN/pg_test_fsync" -s 1 -f "$work/pg/fsync-test" 2>/dev/null \
      | grep -m1 -E '^ +fdatasync' | awk '{print "fdatasync of one 8 kB write " $2 " ops/s, " $4 " µs each"}') (pg_test_fsync -s 1)"
    pg_args=("pgUrl=jdbc:postgresql://127.0.0.1:$pgport/floor?reWriteBatchedInserts=true" pgUser=postgres)
  fi
fi
mkdir -p "$work/files"
# shellcheck disable=SC2086
java -Xmx2g -cp "$cp" org.importwindow.bench.store.StoreFloor stores="$stores" cases="$cases" prefill="$prefill" \
  rows="$rows" dir="$work/files" "${pg_args[@]}" ${EXTRA:-}
echo "# done $(date -u '+%F %T') UTC; load average $(cut -d' ' -f1-3 /proc/loadavg)"
