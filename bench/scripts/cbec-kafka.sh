#!/usr/bin/env bash
# Cross-border e-commerce inventory lists cleared per second through the Kafka runtime, end to end on one machine:
# an in-JVM Kafka broker (spring-kafka-test), the producer and the Kafka Streams topology (exactly_once_v2) in the
# server's test CbecKafkaThroughputTest: N purchases (order, payment, waybill, list; buyers drawn with a skew) pushed
# as fast as the producer goes, timed from the first message sent to the last list's receipt read, with each list's
# latency from its sending to its receipt. Broker, producer and topology share the two cores, so this is a floor for
# one node, not what a cluster does.
# With a rate (purchases per second) the producer is paced, and the latency is a list's own at that load.
# Usage: bench/scripts/cbec-kafka.sh [runs] [lists] [partitions] [stream threads] [rate, 0 = all at once]
#        (build first: mvn -q -o -pl core,bench -am -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}; lists=${2:-20000}; partitions=${3:-4}; threads=${4:-2}; rate=${5:-0}
out=$(mktemp /tmp/iw-cbec-kafka.XXXXXX)
trap 'rm -f "$out"' EXIT
for run in $(seq 1 "$runs"); do
  mvn -o -B -pl server test -Dtest=CbecKafkaThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcbec.kafka.lists="$lists" -Dcbec.kafka.partitions="$partitions" -Dcbec.kafka.threads="$threads" -Dcbec.kafka.rate="$rate" 2>&1 \
    | grep '^cbec-kafka ' | sed "s/^/run $run: /" | tee -a "$out"
done
sed -E 's/.* lists\/s=([0-9]+).*/\1/' "$out" | sort -n | awk '{a[NR]=$1} END {if (NR) printf "median of %d runs: %s lists/s (%s-%s)\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'
sed -E 's/.* median-ms=([0-9]+) p99-ms=([0-9]+).*/\1 \2/' "$out" | sort -n | awk '{m[NR]=$1; p[NR]=$2} END {if (NR) printf "list latency: median of medians %s ms; p99 of the runs %s ms (middle run)\n", m[int((NR+1)/2)], p[int((NR+1)/2)]}'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date: $(date -u +%F)"
