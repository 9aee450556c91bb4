#!/usr/bin/env bash
# Measures the single window's start-up time: from `java -jar` to /actuator/health answering UP.
# First start (empty database: migrations + loading the reference and demo data) and warm starts (data present).
# Usage: bench/scripts/startup-time.sh [runs]   (build first: mvn -q -DskipTests package)
# Prints each run and the medians; results are what README quotes.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=server/target/importwindow.jar
port=${PORT:-18080}
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

start_once() { # $1 = data dir; prints milliseconds until healthy
  local dir=$1 t0 t1 pid
  t0=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --importwindow.data-dir="$dir" >"$dir.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died; see $dir.log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

first=(); warm=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/iw-startup.XXXXXX)
  f=$(start_once "$dir"); w=$(start_once "$dir")
  echo "run $i: first start ${f} ms, warm start ${w} ms"
  first+=("$f"); warm+=("$w")
  rm -rf "$dir" "$dir.log"
done
echo "median first start (empty database, loads data): $(printf '%s\n' "${first[@]}" | median) ms"
echo "median warm start (data present):                $(printf '%s\n' "${warm[@]}" | median) ms"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
