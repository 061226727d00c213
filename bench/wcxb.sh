#!/usr/bin/env bash
# Scores Broadsheet's body extraction and page type on WCXB (../shared/bench/wcxb, 1,337 pages of seven kinds),
# per kind and on two parts: "dev" (the pages rules may be written from) and "held-out" (ids whose last digit
# is 0 or 5, about 20%: never read while writing rules; reported separately in BENCHMARKS.md).
#   bench/wcxb.sh [--no-build] [--part dev|held-out|all]
# Needs python3 and ../shared/bench. Writes predictions and per-page scores to target/wcxb/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
part=all
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --part) part=$2; shift ;;
    *) echo "usage: bench/wcxb.sh [--no-build] [--part dev|held-out|all]" >&2; exit 2 ;;
  esac
  shift
done
[ "$build" = 0 ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
wcxb="$shared/bench/wcxb"
out=target/wcxb
mkdir -p "$out"
java -Xmx2g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
  "$wcxb/html" "$out/body.json" --urls "$wcxb/ground-truth.json" --meta "$out/meta.json" --threads 2 | tail -1 > "$out/run.json"
python3 "$shared/bench/score.py" --truth "$wcxb/ground-truth.json" --pred "$out/body.json" \
  --per-doc "$out/body.tsv" --n-bootstrap 0 --quiet > "$out/body-score.json"
python3 bench/wcxb_report.py "$wcxb/pages.json" "$out/body.tsv" "$out/meta.json" "$part" | tee "$out/report.txt"
