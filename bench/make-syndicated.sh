#!/usr/bin/env bash
# Writes the generated syndicated-copies set of the deduplication bar (broadsheet-spark's SyndicatedCopies: the Zyte
# ground truth's stories, each run by one to five sites with edits, other boilerplate and other headlines) as a web
# archive, with its truth (record ID, story) beside it. DeduplicationTest generates the same sets itself.
#   bench/make-syndicated.sh [dev|held-out] [OUT_DIR]     default: dev target/bench
set -euo pipefail
cd "$(dirname "$0")/.."
export BROADSHEET_SHARED=${BROADSHEET_SHARED:-$(cd .. && pwd)/shared}
part=${1:-dev}; out=${2:-target/bench}
cp=$(bench/spark-classpath.sh)
java -cp "$cp" org.broadsheet.spark.SyndicatedCopies "$part" "$out"
