#!/usr/bin/env bash
# Retrains the judge's learned exit (broadsheet-core/src/main/resources/org/broadsheet/spam/unclued-spam.model):
# dumps every judged run (SpamBench's third argument) of the READ spam tiers and of the honest real pages (both
# halves, each page marked with its half by bench/spam-honest-labels.py), keeps the runs of the "measured, no clue"
# exit (bench/spam-exit-rows.py) and trains bench/train_spam_exit.py, which prints its leave-a-tier-out folds.
#   bench/spam-exit-train.sh [--no-build] [--folds-only]
# Never give it a held or untouched tier. Writes to target/spam-exit/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}; [ -d "$shared" ] || shared=../../shared
shared=$(cd "$shared" && pwd)
if [ "${1:-}" = "--no-build" ]; then shift; else mvn -q -B -DskipTests package -pl broadsheet-bench -am; fi
tiers=(tune tune2 fresh33 novel novel2 novel3 novel4 novel5 novel6 novel7 novel8 novel9)
out=target/spam-exit
mkdir -p "$out"
BROADSHEET_SHARED="$shared" bench/spam-unseen.sh --no-build "${tiers[@]}" >/dev/null   # makes the tiers
args=()
for s in "${tiers[@]}"; do
  l=target/spamgen/$s/labels.jsonl
  java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench "$l" \
    "$out/$s.pred.jsonl" "$out/$s.judged.jsonl" 2>"$out/$s.log"
  args+=("$s:$l:$out/$s.pred.jsonl:$out/$s.judged.jsonl")
done
for s in zyte wcxb w3m innertext; do
  d=$out/honest-$s
  mkdir -p "$d"
  case "$s" in
    w3m|innertext) src="$shared/bench/zyte-text/$s"; ln -sfn "$src" "$d/text" ;;
    *) src="$shared/bench/$s/html"; ln -sfn "$src" "$d/html" ;;
  esac
  python3 bench/spam-honest-labels.py "$src" "$d/labels.jsonl" "$s"
  java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench "$d/labels.jsonl" \
    "$out/$s.pred.jsonl" "$out/$s.judged.jsonl" 2>"$out/$s.log"
  args+=("$s:$d/labels.jsonl:$out/$s.pred.jsonl:$out/$s.judged.jsonl")
done
BROADSHEET_SHARED="$shared" python3 bench/spam-exit-rows.py "$out/rows.jsonl" "${args[@]}"
if [ "${1:-}" = "--folds-only" ]; then
  python3 bench/train_spam_exit.py "$out/rows.jsonl"
else
  python3 bench/train_spam_exit.py "$out/rows.jsonl" broadsheet-core/src/main/resources/org/broadsheet/spam/unclued-spam.model
fi
