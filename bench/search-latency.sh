#!/usr/bin/env bash
# Query latency on a generated corpus (bench/make-search-corpus.py, default 100,000 articles varied from real ones):
# indexes it once into target/search-corpus-N-store (kept between runs; --compact merges it into one segment, as after
# any large batch), then times two-word queries with three facet filters (and every facet counted) in one warm JVM:
# p50, p95, p99 of wall and CPU time, and the store's size. STORE=dir times another store.
#   bench/search-latency.sh [N] [--no-build]     (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
export BROADSHEET_SHARED=${BROADSHEET_SHARED:-../shared}
n=${1:-100000}
[ "${2:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench,broadsheet-cli -am
corpus=target/search-corpus-$n.jsonl
store=${STORE:-target/search-corpus-$n-store}
[ -s "$corpus" ] || python3 bench/make-search-corpus.py "$corpus" "$n"
if [ ! -d "$store" ]; then
  start=$(date +%s)
  java -Xmx2g -jar broadsheet-cli/target/broadsheet.jar index "$corpus" --store "$store" --no-progress --compact
  echo "indexed $n articles in $(( $(date +%s) - start )) s"
fi
java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SearchLatency "$store" 2000
