#!/usr/bin/env bash
# Scores Broadsheet on the Zyte dev set (body and metadata from HTML, body from the same pages flattened
# to text) and on WCXB (body and page type, seven kinds of page; bench/wcxb.sh) and fails when a score falls
# below its bar.
#   bench/quality.sh [--no-build]
# Needs python3 and ../shared/bench (the scorers and data). Writes predictions to target/quality/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
out=target/quality
mkdir -p "$out"
java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
  "$shared/bench/zyte/html" "$out/body.json" --urls "$shared/bench/zyte/ground-truth.json" \
  --meta "$out/meta.json" | tail -1 > "$out/run.json"
python3 "$shared/bench/score.py" --truth "$shared/bench/zyte/ground-truth.json" --pred "$out/body.json" \
  --per-doc "$out/body.tsv" --quiet > "$out/body-score.json"
python3 "$shared/bench/score_meta.py" --truth "$shared/bench/zyte-meta/truth.json" --pred "$out/meta.json" \
  --per-doc "$out/meta.tsv" > "$out/meta-score.txt"
# text mode: the same pages flattened two ways (browser innerText, w3m dump)
for variant in innertext w3m; do
  java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
    "$shared/bench/zyte-text/$variant" "$out/text-$variant.json" --urls "$shared/bench/zyte-text/ground-truth.json" \
    --input-format text | tail -1 > "$out/text-$variant-run.json"
  python3 "$shared/bench/score.py" --truth "$shared/bench/zyte-text/ground-truth.json" \
    --pred "$out/text-$variant.json" --per-doc "$out/text-$variant.tsv" --quiet > "$out/text-$variant-score.json"
done
# a third flattener the rules were not written from: lynx -dump (hard-wrapped at 74 columns, indented), made here
if command -v lynx >/dev/null; then
  mkdir -p "$out/lynx"
  python3 - "$shared" "$out/lynx" <<'PY'
import gzip, json, os, subprocess, sys
shared, dest = sys.argv[1], sys.argv[2]
for i in json.load(open(f"{shared}/bench/zyte-text/ground-truth.json")):
    src = f"{shared}/bench/zyte/html/{i}.html.gz"
    html = gzip.open(src).read() if os.path.exists(src) else open(src[:-3], "rb").read()
    text = subprocess.run(["lynx", "-dump", "-nolist", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8",
                           "-force_html", "-stdin"], input=html, capture_output=True, timeout=60).stdout
    open(f"{dest}/{i}.txt", "wb").write(text)
PY
  java -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
    "$out/lynx" "$out/text-lynx.json" --urls "$shared/bench/zyte-text/ground-truth.json" --input-format text | tail -1 > /dev/null
  python3 "$shared/bench/score.py" --truth "$shared/bench/zyte-text/ground-truth.json" \
    --pred "$out/text-lynx.json" --per-doc "$out/text-lynx.tsv" --quiet 2>/dev/null > "$out/text-lynx-score.json"
fi
# the HTML extractor on the same pages the text set has (its reference for the "within 0.04" bar)
python3 "$shared/bench/score.py" --truth "$shared/bench/zyte-text/ground-truth.json" --pred "$out/body.json" \
  --quiet 2>/dev/null > "$out/body-on-text-pages-score.json"
# WCXB: 1,337 pages of seven kinds (body F1 and page-type accuracy over all of them)
BROADSHEET_SHARED="$shared" bench/wcxb.sh --no-build --part all > /dev/null
tail -1 target/wcxb/report.txt > "$out/wcxb.json"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
body = json.load(open(f"{out}/body-score.json"))
print(f"body: F1 {body['f1']:.4f}  precision {body['precision']:.4f}  recall {body['recall']:.4f}  "
      f"accuracy {body['accuracy']:.4f}  (bar: F1 >= 0.96, accuracy >= 0.35)")
print(open(f"{out}/meta-score.txt").read().strip())
failed = []
same_pages = json.load(open(f"{out}/body-on-text-pages-score.json"))["f1"]
for variant in ("innertext", "w3m"):
    t = json.load(open(f"{out}/text-{variant}-score.json"))
    print(f"text ({variant}): F1 {t['f1']:.4f}  precision {t['precision']:.4f}  recall {t['recall']:.4f}  "
          f"accuracy {t['accuracy']:.4f}  (bar: F1 >= 0.93 and within 0.04 of HTML on the same "
          f"{t['n_docs']} pages: {same_pages - 0.04:.4f})")
    if t["f1"] < 0.93: failed.append(f"text ({variant}) F1 {t['f1']:.4f} < 0.93")
    if t["f1"] < same_pages - 0.04:
        failed.append(f"text ({variant}) F1 {t['f1']:.4f} more than 0.04 below HTML on the same pages ({same_pages:.4f})")
import os
if os.path.exists(f"{out}/text-lynx-score.json"):
    t = json.load(open(f"{out}/text-lynx-score.json"))
    print(f"text (lynx, made here; not a dev-set flattener): F1 {t['f1']:.4f}  precision {t['precision']:.4f}  "
          f"recall {t['recall']:.4f}  (bar: F1 >= 0.90)")
    if t["f1"] < 0.90: failed.append(f"text (lynx) F1 {t['f1']:.4f} < 0.90")
else:
    print("text (lynx): skipped, lynx is not installed")
if body["f1"] < 0.96: failed.append(f"body F1 {body['f1']:.4f} < 0.96")
if body["accuracy"] < 0.35: failed.append(f"body accuracy {body['accuracy']:.4f} < 0.35")
meta = json.loads(open(f"{out}/meta-score.txt").read().strip().splitlines()[-1])
for field, bar in (("title", 0.95), ("published", 0.90), ("authors", 0.85)):
    if meta[field]["normalized"] < bar:
        failed.append(f"metadata {field} {meta[field]['normalized']:.4f} < {bar}")
wcxb = {r["part"]: r for r in json.load(open(f"{out}/wcxb.json"))}
for part in ("dev", "held-out", "all"):
    r = wcxb[part]
    print(f"wcxb ({part}, {r['n']} pages): F1 {r['f1']:.4f}  precision {r['precision']:.4f}  recall {r['recall']:.4f}  "
          f"pageType accuracy {r['page_type_accuracy']:.4f}  article-vs-rest F1 {r['article_f1']:.4f}")
print("wcxb bars (all pages): F1 >= 0.845, pageType accuracy >= 0.88")
if wcxb["all"]["f1"] < 0.845: failed.append(f"wcxb F1 {wcxb['all']['f1']:.4f} < 0.845")
if wcxb["all"]["page_type_accuracy"] < 0.88:
    failed.append(f"wcxb pageType accuracy {wcxb['all']['page_type_accuracy']:.4f} < 0.88")
if failed:
    print("quality: BELOW BAR: " + "; ".join(failed)); sys.exit(1)
print("quality: at or above the bar")
PY
