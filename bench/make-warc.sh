#!/usr/bin/env bash
# Builds a large WARC from the Zyte dev pages (repeated, each copy a new record), for the streaming and memory
# measurements in BENCHMARKS.md. Written to target/ (never committed).
#   bench/make-warc.sh [--records N | --bytes N] [OUT]     default: --records 10000 target/bench/zyte-10k.warc.gz
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
mode=${1:---records}; n=${2:-10000}; out=${3:-target/bench/zyte-10k.warc.gz}
[ -f broadsheet-bench/target/broadsheet-bench.jar ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.MakeWarc "$shared/bench/zyte/html" "$out" "$mode" "$n"
