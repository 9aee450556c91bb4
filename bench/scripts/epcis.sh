#!/usr/bin/env bash
# Traceability (GS1 EPCIS 2.0) figures over HTTP: events captured per second (JSON-LD capture documents of 100
# events) and the latency of tracing one lot with about 10,000 downstream events among a million stored.
# The server is started here on a private port with a temporary data directory (removed afterwards); the traffic is
# made by the bench's generator (org.importwindow.bench.epcis.LotSupplyChain: each lot received at the importer,
# packed on 20 pallets shipped to distributors, repacked into 25 cases each shipped to retailers, 16 sales per case:
# 10,081 events a lot) and sent by org.importwindow.bench.epcis.EpcisHttpLoad with the demo platform's API key. 127.0.0.1 only.
#
#   fill     lot 0, then more lots captured until about $total events are stored (not reported as throughput; it is
#            also the server's warm-up).
#   capture  then $runs runs of $lots lots each (other lots each run), $connections connections; a run's clock stops
#            when every capture job has finished, so the events counted are stored.
#   trace    lot 0 traced $repeats times after 10 unmeasured calls, among everything stored.
# Usage: bench/scripts/epcis.sh [runs] [lots per run] [connections] [total events]
#        (build first: mvn -q -o -pl core,bench -am -DskipTests install && mvn -q -o -pl server -DskipTests package)
# Environment: SERVER_ARGS (extra server arguments), REPEATS (trace calls, default 50).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; lots=${2:-10}; connections=${3:-4}; total=${4:-1000000}
repeats=${REPEATS:-50}
jar=server/target/importwindow.jar
port=18092
[ -f "$jar" ] || { echo "build first: mvn -q -o -pl server -DskipTests package" >&2; exit 1; }
[ -d bench/target/classes/org/importwindow/bench/epcis ] || { echo "build first: mvn -q -o -pl core,bench -am -DskipTests install" >&2; exit 1; }
work=$(mktemp -d /tmp/iw-epcis-bench.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mvn -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="bench/target/classes:$(cat "$work/cp.txt")"

java -Xmx4g -jar "$jar" --server.port=$port --importwindow.data-dir="$work/data" ${SERVER_ARGS:-} >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
load() { java -XX:TieredStopAtLevel=1 -Xmx3g -cp "$cp" org.importwindow.bench.epcis.EpcisHttpLoad url=http://127.0.0.1:$port "$@"; }
cpu() { awk '{print $14+$15}' /proc/$server_pid/stat; }

echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $(nproc) cores; runs=$runs lots=$lots connections=$connections total=$total"
# lot 0 is the one traced; then the store is filled to about $total events, which also warms the server up (its JIT
# compiler is still busy after half a million events on two cores: measured runs start after the fill)
load phase=capture firstLot=0 lots=1 connections="$connections" label=traced-lot | tee -a "$work/results.txt"
stored=10081
first=1
while [ "$stored" -lt "$total" ]; do
  n=$(( (total - stored + 10080) / 10081 )); [ "$n" -gt 20 ] && n=20
  load phase=capture firstLot=$first lots=$n connections="$connections" label=fill | sed 's/^/  /'
  first=$((first + n)); stored=$((stored + n * 10081))
done
echo "stored about $stored events"
for run in $(seq 1 "$runs"); do
  before=$(cpu)
  load phase=capture firstLot=$first lots="$lots" connections="$connections" label=run$run | tee "$work/run.txt"
  after=$(cpu)
  events=$(sed -n 's/.* events=\([0-9]*\) .*/\1/p' "$work/run.txt")
  echo "server CPU: $(( (after - before) )) ticks for $events events ($(awk -v t=$((after - before)) -v e="$events" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.1f", t/hz*1e6/e}') µs a event)"
  cat "$work/run.txt" >> "$work/results.txt"
  first=$((first + lots)); stored=$((stored + lots * 10081))
done
echo "capture events/s, median of $runs: $(grep 'label=run' "$work/results.txt" | sed -n 's/.*eventsPerSecond=\([0-9]*\).*/\1/p' | sort -n | awk '{a[NR]=$1} END{print (NR%2? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
echo "stored about $stored events"
load phase=trace lot=0 repeats="$repeats" label=trace
