#!/usr/bin/env bash
# Scores Broadsheet's injected-spam detection on the spam dev set and fails when a score falls below its bar.
#   bench/spam.sh [--no-build]
# Needs python3 and ../shared/spam (the labelled cases and score_spam.py). Writes to target/spam/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
out=target/spam
mkdir -p "$out"
java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench \
  "$shared/spam/dev/labels.jsonl" "$out/predictions.jsonl"
python3 "$shared/spam/score_spam.py" --labels "$shared/spam/dev/labels.jsonl" --pred "$out/predictions.jsonl" \
  > "$out/score.txt"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
lines = open(f"{out}/score.txt").read().strip().splitlines()
print("\n".join(lines[:-1]))
s = json.loads(lines[-1])
page, span = s["page"], s["span"]
fpr_neg = page["fpr_negatives"]
print(f"spam: page precision {page['precision']:.3f}  recall {page['recall']:.3f}  FPR hard negatives {fpr_neg:.3f}  "
      f"char recall {span['char_recall']:.3f}  (bars: >= 0.98, >= 0.95, <= 0.01, >= 0.90)")
failed = []
if page["precision"] < 0.98: failed.append(f"precision {page['precision']:.3f} < 0.98")
if page["recall"] < 0.95: failed.append(f"recall {page['recall']:.3f} < 0.95")
if fpr_neg > 0.01: failed.append(f"FPR on hard negatives {fpr_neg:.3f} > 0.01")
if span["char_recall"] < 0.90: failed.append(f"char recall {span['char_recall']:.3f} < 0.90")
if failed:
    print("spam: BELOW BAR: " + "; ".join(failed)); sys.exit(1)
print("spam: at or above the bar")
PY
