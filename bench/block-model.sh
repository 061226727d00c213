#!/usr/bin/env bash
# Retrains the block model (boosted trees over the block features, bench/train_block_model.py) from the dev
# parts of WCXB and the Zyte set (ids not ending in 0 or 5) and writes it into broadsheet-core's resources;
# prints the rules' and the model's page-level F1 on the dev part (cross-validated) and the held-out part.
# Needs python3 with numpy.   bench/block-model.sh [--no-build]
# BLOCK_MODEL_CACHE=FILE keeps the trained trees and chances there, to try other cuts without training again.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
out=target/block-model
mkdir -p "$out"
for set in wcxb zyte; do
  java -Xmx3g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.BlockTable \
    "$shared/bench/$set/html" "$shared/bench/$set/ground-truth.json" "$out/$set.tsv"
done
python3 bench/train_block_model.py "$shared/bench" broadsheet-core/src/main/resources/org/broadsheet/classify/block.model \
  wcxb="$out/wcxb.tsv" zyte="$out/zyte.tsv" | tee "$out/train.txt"
