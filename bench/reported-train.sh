#!/usr/bin/env bash
# Dumps the reported-speech candidates of the attribution set's labelled tuning parts (articles.json, fresh,
# fresh2-fresh5 since session 15; never an untouched part: fresh6, fresh7) with AttributionBench --dump, and trains the logistic model on them with
# bench/train_reported.py: folds by outlet, nested out-of-fold figures beside the rules alone. With MODEL_OUT, the
# model fitted on all is written there; ship it as
# broadsheet-analysis/src/main/resources/org/broadsheet/analysis/reported-speech.model only if its nested
# out-of-fold F1 beats the rules' without a lower speaker accuracy (see BENCHMARKS.md, issue 11, session 14).
# CACHE_DIR keeps CoreNLP's annotations (AttributionBench --cache): the first run parses, later runs take seconds.
# Needs python3 with numpy.
#   bench/reported-train.sh CACHE_DIR [MODEL_OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:?usage: bench/reported-train.sh CACHE_DIR [MODEL_OUT]}
mkdir -p target
mvn -B -q test-compile dependency:build-classpath -pl broadsheet-analysis -am -Dmdep.outputFile="$PWD/target/reported-cp.txt"
java -Xmx2g -cp "$(cat target/reported-cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
  org.broadsheet.analysis.AttributionBench --cache "$cache" --dump target/reported-candidates.jsonl
# since session 25 the shipped model is chosen by folds of whole articles and keeps every statement the rules make
# (it only weighs the broad readings); bench/reported_cv.py gives the nested figures on the same folds
REPORTED_FOLD_BY=${REPORTED_FOLD_BY:-article} REPORTED_RULES_THRESHOLDS=${REPORTED_RULES_THRESHOLDS:-0} \
  python3 bench/train_reported.py target/reported-candidates.jsonl ${2:+"$2"}
