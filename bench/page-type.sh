#!/usr/bin/env bash
# Retrains the page-type model from WCXB's dev part (and the Zyte set's dev part, all articles) and writes it into
# broadsheet-core's resources; prints the accuracy on the dev part (fit and cross-validated) and on the held-out
# part (ids ending in 0 or 5). Needs python3 with numpy.
#   bench/page-type.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
mkdir -p target/page-type
wcxb="$shared/bench/wcxb"
java -Xmx2g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.PageTypeFeatures \
  "$wcxb/html" "$wcxb/pages.json" "$wcxb/ground-truth.json" target/page-type/features.tsv
java -Xmx2g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.PageTypeFeatures \
  "$shared/bench/zyte/html" --all=article "$shared/bench/zyte/ground-truth.json" target/page-type/zyte.tsv
python3 bench/train_page_type.py target/page-type/features.tsv \
  broadsheet-core/src/main/resources/org/broadsheet/classify/page-type.model target/page-type/zyte.tsv
