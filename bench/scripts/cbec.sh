#!/usr/bin/env bash
# Cross-border e-commerce inventory lists cleared per second over HTTP, on the embedded H2 database, and the latency
# of one 100-list CEB621 message. The server is started here on a private port with a temporary data directory
# (removed afterwards); the traffic is made by the bench's generator (org.importwindow.bench.cbec.CbecTraffic:
# positive-list products at realistic prices, Zipf buyers, 2% payment amounts that differ, 1% consignees that
# differ, 0.5% hauls over the single limit, some buyers over the annual limit) and sent by a small Java client
# (CbecHttpLoad: every message is built before the clock starts, sent over keep-alive connections; it prints its
# own CPU time) as the platform 1101110325 (orders), the agent and payment company 1105910159 (payments, lists)
# and the logistics company 1101180326 (waybills), 100 documents per message. Traffic goes to 127.0.0.1 only.
#
# Three measurements per run, each with traffic of its own (another seed: other buyers, other numbers):
#   interleaved  $connections connections; each takes the next 100 purchases and sends their orders, payments,
#                waybills, then their lists; lists are decided on arrival. Lists per second include storing
#                their documents: the whole work of a purchase.
#   phased       all orders, then all payments, all waybills, then the lists: lists per second of the lists phase
#                alone (documents already there).
#   alone        one connection, interleaved: the latency of one 100-list message without waiting behind others.
# Usage: bench/scripts/cbec.sh [runs] [purchases per run] [connections]
#        (build first: mvn -q -o -pl core,bench -am -DskipTests install && mvn -q -o -pl server -DskipTests package)
# Environment: WARMUP (purchases sent to the server before measuring, default 100000: its JIT still compiled during
# runs after 40,000, measured 2026-11-27), CLIENT_WARMUP (purchases each client JVM sends, not measured, before its
# measured run, default 8000: a client's JIT took up to half a core during its run without it), CLIENT_JAVA_OPTS
# (the client JVM's options, default -XX:TieredStopAtLevel=1: compiled by C1 only, the client took 0.22 of the two
# cores instead of 0.45, which the server measured on the same machine gets), EXCLUDE (tariff lines left out of the
# catalogue, e.g. 33049900), PROFILE=/path/file.collapsed (profile the server during the interleaved runs only,
# with async-profiler attached after the warm-up by bench/scripts/ProfileAttach.java; collapsed stacks; CPU time
# unless AP_START=start,event=wall,interval=5ms,threads asks for wall-clock time), SERVER_ARGS (extra server arguments), VERIFY (default true: the client first decides
# the same lists in-process and prints the core's prediction beside the server's receipts), MAX_OTHERS (default
# 0.15: a run during which other processes on the machine took more cores is repeated, at most twice).
# Prints every run and the medians of the runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; purchases=${2:-20000}; connections=${3:-4}
warmup=${WARMUP:-100000}; client_warmup=${CLIENT_WARMUP:-8000}; exclude=${EXCLUDE:-}; verify=${VERIFY:-true}; max_others=${MAX_OTHERS:-0.15}
jar=server/target/importwindow.jar
port=18091
[ -f "$jar" ] || { echo "build first: mvn -q -o -pl server -DskipTests package" >&2; exit 1; }
[ -d bench/target/classes/org/importwindow/bench/cbec ] || { echo "build first: mvn -q -o -pl core,bench -am -DskipTests install" >&2; exit 1; }
work=$(mktemp -d /tmp/iw-cbec-bench.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mvn -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="bench/target/classes:$(cat "$work/cp.txt")"

start_server() {
  java -Xmx2g -jar "$jar" --server.port=$port --importwindow.data-dir="$work/h2" ${SERVER_ARGS:-} \
    >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not start" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

load() { # label seed purchases connections mode verify
  echo "# $(date -u +%T) load average $(cut -d' ' -f1-3 /proc/loadavg), CPU pressure $(head -1 /proc/pressure/cpu 2>/dev/null | cut -d' ' -f2-4) (other processes on the machine show here)"
  java -Xmx1500m ${CLIENT_JAVA_OPTS--XX:TieredStopAtLevel=1} -cp "$cp" org.importwindow.bench.cbec.CbecHttpLoad url="http://127.0.0.1:$port" label="$1" \
    seed="$2" purchases="$3" connections="$4" mode="$5" verify="$6" exclude="$exclude" serverPid="$server_pid" \
    clientWarmup="$client_warmup"
}
field() { sed -E "s/.* $1=([0-9.]+).*/\1/"; }
# A run during which other processes took more than $MAX_OTHERS cores (the client measures it from /proc/stat) is
# repeated with other traffic, up to three times; the last attempt counts either way and is marked.
measured() { # label seed purchases connections mode verify
  local out others
  for attempt in 1 2 3; do
    out=$(load "$1" $(( $2 + 100 * (attempt - 1) )) "$3" "$4" "$5" "$6")
    others=$(echo "$out" | grep '^RESULT_CPU' | field others_cores)
    if awk -v o="$others" -v m="$max_others" 'BEGIN {exit !(o <= m)}' || [ "$attempt" = 3 ]; then break; fi
    echo "# $1: other processes took $others cores during this attempt, more than $max_others: repeated" >&2
    echo "$out" | sed 's/^/#   (discarded) /' >&2
  done
  awk -v o="$others" -v m="$max_others" 'BEGIN {exit !(o > m)}' && out="$out
# DISTURBED: other processes took $others cores in every attempt"
  echo "$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== H2 (embedded, file database)${exclude:+; catalogue without $exclude}"
start_server
# the server compiles its hot paths for the first minute or so on two cores: warm up both ways of sending first
load "warm-up interleaved (not measured)" 1000 "$warmup" "$connections" interleaved false | grep -E "RESULT|failure"
load "warm-up phased (not measured)" 1001 "$(( warmup / 4 ))" "$connections" phased false | grep -E "RESULT|failure"
[ -n "${PROFILE:-}" ] && java bench/scripts/ProfileAttach.java "$server_pid" start
il=(); ph=(); spp=(); p50=(); p99=(); a50=(); a99=(); ip50=(); ip99=()
for r in $(seq 1 "$runs"); do
  out=$(measured "interleaved, $connections connections, run $r" $((2000 + r)) "$purchases" "$connections" interleaved "$verify")
  echo "$out"; res=$(echo "$out" | grep '^RESULT ')
  il+=("$(echo "$res" | field decided_per_s) $(echo "$res" | field released_per_s)")
  ip50+=("$(echo "$res" | field list_msg_p50_ms)"); ip99+=("$(echo "$res" | field list_msg_p99_ms)")
  spp+=("$(echo "$out" | grep '^RESULT_CPU' | field server_ms_per_purchase)")
done
[ -n "${PROFILE:-}" ] && java bench/scripts/ProfileAttach.java "$server_pid" stop "$PROFILE"
for r in $(seq 1 "$runs"); do
  out=$(measured "phased, $connections connections, run $r" $((3000 + r)) "$purchases" "$connections" phased "$verify")
  echo "$out"; res=$(echo "$out" | grep '^RESULT ')
  ph+=("$(echo "$res" | field decided_per_s) $(echo "$res" | field released_per_s)")
  p50+=("$(echo "$res" | field list_msg_p50_ms)"); p99+=("$(echo "$res" | field list_msg_p99_ms)")
done
for r in $(seq 1 "$runs"); do
  out=$(measured "alone, 1 connection, run $r" $((4000 + r)) "$(( purchases / 4 ))" 1 interleaved false)
  echo "$out"; res=$(echo "$out" | grep '^RESULT ')
  a50+=("$(echo "$res" | field list_msg_p50_ms)"); a99+=("$(echo "$res" | field list_msg_p99_ms)")
done
stop_server
m() { printf '%s\n' "$@" | median; }
echo "H2 median of $runs runs: interleaved (all four messages) $(printf '%s\n' "${il[@]}" | cut -d' ' -f1 | median) lists decided/s," \
  "$(printf '%s\n' "${il[@]}" | cut -d' ' -f2 | median) released/s, 100-list message median $(m "${ip50[@]}") ms, p99 $(m "${ip99[@]}") ms," \
  "server CPU $(m "${spp[@]}") ms per purchase;" \
  "lists phase $(printf '%s\n' "${ph[@]}" | cut -d' ' -f1 | median) lists decided/s, $(printf '%s\n' "${ph[@]}" | cut -d' ' -f2 | median) released/s," \
  "100-list message median $(m "${p50[@]}") ms, p99 $(m "${p99[@]}") ms; one connection alone: 100-list message median $(m "${a50[@]}") ms, p99 $(m "${a99[@]}") ms"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
