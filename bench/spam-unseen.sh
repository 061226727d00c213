#!/usr/bin/env bash
# Scores injected-spam detection on generated families (bench/spamgen): the tuned part and the HELD-OUT part
# (families, hiding tricks, placements and damage never tuned on) separately, against issue 15's bars. Of the
# held-out part only the totals are printed.
#   bench/spam-unseen.sh [--no-build] [tune|heldout|tune2|fresh|fresh27|fresh33|novel|novel37|novel2|novel2b|novel3|novel3b|novel4|novel4b|novel5|novel5b|novel6|novel6b|novel7|novel7b|novel8|novel8b|novel9|novel9b|novel10 ...]   (tune2: the second tuned set, more
#   languages and lookalikes; made with spamgen.py --set tune2. fresh: a second held-out set, seed 19, families, hiding
#   tricks and placements designed in session 12 before it tuned anything; made with spamgen.py --set fresh; totals
#   only. novel: session 16's untouched tier, seed 31, families, languages, tricks, placements and damage in no other
#   tier, with honest lookalikes of its own; made with spamgen.py --set novel; untouched until session 20, read since. fresh33:
#   session 19's draw of the fresh families, seed 33, read case by case. novel2: session 20's untouched tier, seed 41,
#   families, languages, tricks, placements, damage and layouts in no earlier tier (novel's included), with honest
#   lookalikes of its own; made with spamgen.py --set novel2 (bench/spamgen/novel2.py, banks5.py); totals only. novel37:
#   session 20's second draw of novel's families, seed 37, held out within the families while novel (seed 31) is read;
#   totals only. fresh27: a draw of the fresh families, seed 27, held since session 21; totals only. novel2 is read since session 23.
#   novel2b: session 23's second draw of novel2's families, seed 43, held out within them while novel2 (seed 41) is
#   read; totals only. novel3: session 23's untouched tier, seed 47, families, languages and scripts, tricks,
#   placements, damage and layouts in no earlier tier (novel2's included), with honest lookalikes of its own; made
#   with spamgen.py --set novel3 (bench/spamgen/novel3.py, banks6.py); untouched in session 23, read since session 24.
#   novel3b: session 24's second draw of novel3's families, seed 53, held out within them while novel3 (seed 47) is
#   read; totals only. novel4: session 24's untouched tier, seed 59, families, languages and scripts, tricks,
#   placements, damage and layouts in no earlier tier (novel3's included), with honest lookalikes of its own; made with
#   spamgen.py --set novel4 (bench/spamgen/novel4.py, banks7.py); untouched in session 24, read since session 25.
#   novel4b: session 25's second draw of novel4's families, seed 61, held out within them while novel4 (seed 59) is
#   read; totals only. novel5: session 25's untouched tier, seed 67, families, languages, scripts and written forms,
#   tricks, placements, damage and layouts in no earlier tier (novel4's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel5 (bench/spamgen/novel5.py, banks8.py); untouched in session 25, read since
#   session 26. novel5b: session 26's second draw of novel5's families, seed 71, held out within them while novel5
#   (seed 67) is read; totals only. novel6: session 26's untouched tier, seed 73, families, languages and scripts,
#   tricks, placements, damage and layouts in no earlier tier (novel5's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel6 (bench/spamgen/novel6.py, banks9.py); untouched in session 26, read since
#   session 27. novel6b: session 27's second draw of novel6's families, seed 79, held out within them while novel6
#   (seed 73) is read; totals only. novel7: session 27's untouched tier, seed 83, families, languages and scripts,
#   tricks, placements, damage and layouts in no earlier tier (novel6's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel7 (bench/spamgen/novel7.py, banks10.py); untouched in session 27, read since
#   session 28. novel7b: session 28's second draw of novel7's families, seed 89, held out within them while novel7
#   (seed 83) is read; totals only. novel8: session 28's untouched tier, seed 97, families, languages and scripts,
#   tricks, placements, damage and layouts in no earlier tier (novel7's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel8 (bench/spamgen/novel8.py, banks11.py); untouched in session 28, read since
#   session 29. novel8b: session 29's second draw of novel8's families, seed 101, held out within them while novel8
#   (seed 97) is read; totals only. novel9: session 29's untouched tier, seed 103, families, languages and scripts,
#   tricks, placements, damage and layouts in no earlier tier (novel8's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel9 (bench/spamgen/novel9.py, banks12.py); untouched in session 29, read since
#   session 30. novel9b: session 30's second draw of novel9's families, seed 107, held out within them while novel9
#   (seed 103) is read; totals only. novel10: session 30's untouched tier, seed 109, families, languages and scripts,
#   tricks, placements, damage and layouts in no earlier tier (novel9's included), with honest lookalikes of its own;
#   made with spamgen.py --set novel10 (bench/spamgen/novel10.py, banks13.py); untouched in session 30: only the
#   coordinator scores it, totals only)
# Needs python3 and ../shared (carrier pages, score_spam.py). Writes to target/spamgen/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}; [ -d "$shared" ] || shared=../../shared
if [ "${1:-}" = "--no-build" ]; then shift; else mvn -q -B -DskipTests package -pl broadsheet-bench -am; fi
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(tune heldout)
out=target/spamgen
# draw SET SEED: a second draw of SET's families with its own seed, made once into target/spamgen-sSEED and linked as
# "$out/$s" (the held-out draws: fresh33, fresh27, novel37, novel2b ... novel9b)
draw() {
  if [ ! -f "$out/$s/labels.jsonl" ]; then
    python3 bench/spamgen/spamgen.py --shared "$shared" --out "target/spamgen-s$2" --set "$1" --seed "$2" >/dev/null
    mkdir -p "$out"; ln -sfn "../spamgen-s$2/$1" "$out/$s"
  fi
}
for s in "${sets[@]}"; do
  # only the tiers asked for are made: scoring a tuned tier must not write an untouched one to disk
  case "$s" in
    tune|heldout) [ -f "$out/$s/labels.jsonl" ] || python3 bench/spamgen/spamgen.py --shared "$shared" --out "$out" >/dev/null ;;
    tune2|fresh|novel|novel2|novel3|novel4|novel5|novel6|novel7|novel8|novel9|novel10) [ -f "$out/$s/labels.jsonl" ] || python3 bench/spamgen/spamgen.py --shared "$shared" --out "$out" --set "$s" >/dev/null ;;
    fresh33) draw fresh 33 ;;   # a draw of the fresh families that may be read (session 19)
    fresh27) draw fresh 27 ;;   # a draw of the fresh families, held since session 21 (totals)
    novel37) draw novel 37 ;;   # a draw of the novel families held out within them (session 20)
    novel2b) draw novel2 43 ;;   # a draw of the novel2 families held out within them (session 23)
    novel3b) draw novel3 53 ;;   # a draw of the novel3 families held out within them (session 24)
    novel4b) draw novel4 61 ;;   # a draw of the novel4 families held out within them (session 25)
    novel5b) draw novel5 71 ;;   # a draw of the novel5 families held out within them (session 26)
    novel6b) draw novel6 79 ;;   # a draw of the novel6 families held out within them (session 27)
    novel7b) draw novel7 89 ;;   # a draw of the novel7 families held out within them (session 28)
    novel8b) draw novel8 101 ;;   # a draw of the novel8 families held out within them (session 29)
    novel9b) draw novel9 107 ;;   # a draw of the novel9 families held out within them (session 30)
  esac
done
for s in "${sets[@]}"; do
  java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench \
    "$out/$s/labels.jsonl" "$out/$s/predictions.jsonl" 2>"$out/$s/bench.log"
  python3 "$shared/spam/score_spam.py" --labels "$out/$s/labels.jsonl" --pred "$out/$s/predictions.jsonl" \
    > "$out/$s/score.txt"
  python3 - "$out/$s" "$s" <<'PY'
import json, sys
d, name = sys.argv[1], sys.argv[2]
lines = open(f"{d}/score.txt").read().strip().splitlines()
print(f"== {name}")
# the held-out part is read as totals only, so that no rule is written from its cases
print("\n".join(lines[:-1] if name not in ("heldout", "fresh", "fresh27", "novel37", "novel2b", "novel3b", "novel4b", "novel5b", "novel6b", "novel7b", "novel8b", "novel9b", "novel10") else lines[:3]))
s = json.loads(lines[-1]); p, sp = s["page"], s["span"]
ok = p["precision"] >= 0.97 and p["recall"] >= 0.90 and sp["char_recall"] >= 0.85 \
     and p["fpr_negatives"] <= 0.02 and p["fpr_controls"] == 0
print(f"{name}: page precision {p['precision']:.3f} recall {p['recall']:.3f} char recall {sp['char_recall']:.3f} "
      f"FPR hard negatives {p['fpr_negatives']:.3f} controls {p['fpr_controls']:.3f} "
      f"(bars >= 0.97, >= 0.90, >= 0.85, <= 0.02, 0): {'met' if ok else 'NOT met'}")
PY
done
