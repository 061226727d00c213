#!/usr/bin/env bash
# Retrains the page-type model from WCXB's dev part (features from the rules' decisions, as the extractor reads
# them before the block model) and writes it into broadsheet-core's resources; prints the
# accuracy on the dev part and on the held-out part (ids ending in 0 or 5). Needs python3 with numpy.
#   bench/page-type.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
mkdir -p target/page-type
wcxb="$shared/bench/wcxb"
java -Xmx2g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.PageTypeFeatures \
  "$wcxb/html" "$wcxb/pages.json" "$wcxb/ground-truth.json" target/page-type/features.tsv
python3 bench/train_page_type.py target/page-type/features.tsv \
  broadsheet-core/src/main/resources/org/broadsheet/classify/page-type.model
