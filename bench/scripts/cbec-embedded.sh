#!/usr/bin/env bash
# Cross-border e-commerce inventory lists cleared per second by the embedded runtime in-process, without HTTP: the
# bench's generated traffic (the same as bench/scripts/cbec.sh sends over HTTP) handed to the single window's
# CbecService inside one JVM (server test CbecEmbeddedThroughputTest with InProcessSink). Each message is read and
# schema-checked on its sender's thread, decided on the single writer and answered after its group's commit, on the
# embedded H2 file database and then on PostgreSQL (Debian's package, started here on a private port and socket
# directory, removed afterwards). The JVM's CPU printed as "client CPU" is everything: generator, intake and writer.
# Usage: bench/scripts/cbec-embedded.sh [runs] [purchases per run] [connections]
#        (build first: mvn -q -o -pl core,bench -am -DskipTests install)
# Environment: WARMUP (purchases before measuring, default 60000), EXCLUDE (tariff lines left out), DBS (default
# "h2 postgresql"), STORE (the writer's state of record: rocksdb, the default, or sql: the database), MODE
# (interleaved, the default: each purchase's four messages in turn; phased: all orders, then payments, waybills and
# lists, so that "decided/s" is the lists phase alone, lists whose documents have all arrived).
# MEMTABLE_MB: RocksDB's memory table in MB (importwindow.cbec.rocksdb-memtable-mb; default: production's, 64).
# JVM_OPTS: the options of the single window's JVM (default -Xms4g -Xmx4g, the fixed heap README recommends for a node
# that clears at volume; JVM_OPTS= runs it with the JVM's defaults).
# Each run's traffic is made before it, its garbage collected before it is sent. Each run also prints RESULT_CPU (the JVM's CPU a purchase, its JIT
# compiling and garbage collection during the run) and, in phased mode, RESULT_THREADS (the lists phase's CPU per list
# by thread: the sending threads that read the messages, the single writer cbec-processor, cbec-committer that encodes
# and writes each group, and the rest of the process: garbage collection, JIT, RocksDB's background threads).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; purchases=${2:-20000}; connections=${3:-4}
warmup=${WARMUP:-60000}; exclude=${EXCLUDE:-}; dbs=${DBS:-h2 postgresql}
# the options of the single window's JVM: a fixed heap, as README recommends for a node that clears at volume
jvm_opts=${JVM_OPTS--Xms4g -Xmx4g}
pgport=55441
work=$(mktemp -d /tmp/iw-cbec-embedded.XXXXXX)
chmod 777 "$work"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
cleanup() {
  if [ -d "$work/pg" ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

measure() { # label extra-maven-args...
  local label=$1; shift
  echo "== $label"
  mvn -o -B -pl server test -Dtest=CbecEmbeddedThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcbec.embedded.purchases="$purchases" -Dcbec.embedded.runs="$runs" -Dcbec.embedded.warmup="$warmup" \
    -DargLine="$jvm_opts" -Dcbec.embedded.memtable-mb="${MEMTABLE_MB:-}" -Dcbec.embedded.connections="$connections" -Dcbec.embedded.exclude="$exclude" -Dcbec.embedded.store="${STORE:-rocksdb}" -Dcbec.embedded.mode="${MODE:-interleaved}" -Dcbec.embedded.dir="$work" "$@" 2>&1 \
    | grep --line-buffered -E "^(in-process run|RESULT|STORE|warm-up: [0-9])" | grep --line-buffered -v "^warm-up.*CEB" | tee "$work/$label.txt"
  # the first RESULT line is the warm-up's when there is one
  grep '^RESULT mode' "$work/$label.txt" | tail -n +$(( warmup > 0 ? 2 : 1 )) \
    | sed -E 's/.* decided_per_s=([0-9]+).*/\1/' | sort -n \
    | awk -v l="$label" '{a[NR]=$1} END {if (NR) printf "%s: median of %d runs %s lists decided/s (%s-%s)\n", l, NR,
      (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'
  grep '^RESULT mode' "$work/$label.txt" | tail -n +$(( warmup > 0 ? 2 : 1 )) \
    | sed -E 's/.* purchases_per_s=([0-9]+).*/\1/' | sort -n \
    | awk -v l="$label" '{a[NR]=$1} END {if (NR) printf "%s: median of %d runs %s whole purchases/s (%s-%s)\n", l, NR,
      (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'
}

for db in $dbs; do
  case $db in
    h2) measure h2 ;;
    postgresql)
      if [ -z "$PGBIN" ]; then echo "PostgreSQL not installed (apt-get install -y postgresql): skipped"; continue; fi
      mkdir -p "$work/pg" && chown postgres "$work/pg"
      runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
      runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work/pg -c shared_buffers=512MB -c synchronous_commit=on" -w start >/dev/null
      runuser -u postgres -- "$PGBIN/createdb" -h "$work/pg" -p $pgport importwindow
      measure postgresql -Dcbec.embedded.url="jdbc:postgresql://127.0.0.1:$pgport/importwindow?reWriteBatchedInserts=true"
      ;;
  esac
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
