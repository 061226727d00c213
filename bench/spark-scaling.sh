#!/usr/bin/env bash
# Spark scaling and cost figures for BENCHMARKS.md: a generated archive of 10,000+ records split over FILES files
# (each file is one Spark task), then, with 1 and with 2 threads: gunzip alone (the machine's own limit), WARC
# reading and extraction without Spark, Spark reading only, and Spark reading + extraction. Prints one line per run:
# MODE THREADS SECONDS RECORDS (-1: see the read line), then the run's CPU-seconds.
#   bench/spark-scaling.sh [FILES] [RECORDS_PER_FILE]      default: 8 1250 (10,000 responses, 20,000 records)
set -euo pipefail
cd "$(dirname "$0")/.."
export BROADSHEET_SHARED=${BROADSHEET_SHARED:-$(cd .. && pwd)/shared}
files=${1:-8}; per=${2:-1250}
cp=$(bench/spark-classpath.sh)
opts=$(mvn -q -B -DskipTests package -pl broadsheet-spark -am >&2 && cat broadsheet-spark/target/spark-jvm-options.txt)
[ -f broadsheet-bench/target/broadsheet-bench.jar ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am >&2
archives=()
for i in $(seq 1 "$files"); do
  f=target/bench/spark-$per-$i.warc.gz
  [ -f "$f" ] || java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.MakeWarc \
    "$BROADSHEET_SHARED/bench/zyte/html" "$f" --records "$per" >&2
  archives+=("$f")
done
# the CPU-seconds of each run (user + system) follow its line: the load of others stretches them far less than wall time
run() { /usr/bin/time -f "  cpu %U user %S sys" java -Xmx3g $opts -Dlog4j2.configurationFile="$PWD/broadsheet-spark/target/spark-log4j2.properties" \
  -cp "$cp" org.broadsheet.spark.SparkThroughput "$@" "${archives[@]}"; }
for mode in gunzip plain read extract; do
  for threads in 1 2; do run "$mode" "$threads"; done
done
