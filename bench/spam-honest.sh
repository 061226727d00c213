#!/usr/bin/env bash
# Injected-spam false alarms on honest pages: runs the detector over every page of the Zyte dev set (181), of
# WCXB (1,337 pages of seven kinds) and of the Zyte pages flattened to text (w3m and innerText, 180 each) as clean
# pages and counts the pages it flags (each one a false alarm; none of these sets was trained on), with the flagged
# text and reasons in target/honest/<set>/pred.jsonl.
#   bench/spam-honest.sh [--no-build] [zyte|wcxb|w3m|innertext ...]
# The flattened pages are also the carriers of bench/spamgen's text cases: their flags are counted apart for the
# carriers of the tuned half and of the held-out half (spamgen.py's carrier_split), so that a rule written from a
# flag on a tuned-half page can be checked on the other half.
# Needs ../shared/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}; [ -d "$shared" ] || shared=../../shared
shared=$(cd "$shared" && pwd)
if [ "${1:-}" = "--no-build" ]; then shift; else mvn -q -B -DskipTests package -pl broadsheet-bench -am; fi
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(zyte wcxb w3m innertext)
for s in "${sets[@]}"; do
  d=target/honest/$s
  mkdir -p "$d"
  case "$s" in
    w3m|innertext) src="$shared/bench/zyte-text/$s"; ln -sfn "$src" "$d/text"; format=text; ext=.txt ;;
    *) src="$shared/bench/$s/html"; ln -sfn "$src" "$d/html"; format=html; ext=.html.gz ;;
  esac
  python3 - "$src" "$d/labels.jsonl" "$format" "$ext" <<'PY'
import json, os, sys
src, out_path, fmt, ext = sys.argv[1:5]
with open(out_path, "w") as out:
    for name in sorted(os.listdir(src)):
        if name.endswith(ext):
            out.write(json.dumps({"case": name[:-len(ext)], "format": fmt, "kind": "control"}) + "\n")
PY
  java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench \
    "$d/labels.jsonl" "$d/pred.jsonl" 2>"$d/log"
  python3 - "$d/pred.jsonl" "$s" <<'PY'
import hashlib, json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
flagged = [r for r in rows if r["page_compromised"]]
print(f"{sys.argv[2]}: {len(flagged)} of {len(rows)} honest pages flagged ({100 * len(flagged) / max(1, len(rows)):.1f}%)")
if sys.argv[2] in ("w3m", "innertext"):
    def half(case):  # bench/spamgen/spamgen.py's carrier_split
        return "tune" if int(hashlib.sha1(case.encode()).hexdigest(), 16) % 2 == 0 else "heldout"
    for h in ("tune", "heldout"):
        n = sum(1 for r in rows if half(r["case"]) == h)
        f = sum(1 for r in flagged if half(r["case"]) == h)
        print(f"  carriers of the {h} half: {f} of {n} flagged")
for r in flagged:
    print("  ", r["case"][:16], "|", " / ".join((s["text"] if isinstance(s, dict) else s)[:60] for s in r["flagged_spans"])[:150])
PY
done
