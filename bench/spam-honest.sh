#!/usr/bin/env bash
# Injected-spam false alarms on honest pages: runs the detector over every page of the Zyte dev set (181) and of
# WCXB (1,337 pages of seven kinds) as clean pages and counts the pages it flags (each one a false alarm; neither
# set was trained on), with the flagged text and reasons in target/honest/<set>/pred.jsonl.
#   bench/spam-honest.sh [--no-build] [zyte|wcxb ...]
# Needs ../shared/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}; [ -d "$shared" ] || shared=../../shared
shared=$(cd "$shared" && pwd)
if [ "${1:-}" = "--no-build" ]; then shift; else mvn -q -B -DskipTests package -pl broadsheet-bench -am; fi
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(zyte wcxb)
for s in "${sets[@]}"; do
  d=target/honest/$s
  mkdir -p "$d"
  ln -sfn "$shared/bench/$s/html" "$d/html"
  python3 - "$shared/bench/$s/html" "$d/labels.jsonl" <<'PY'
import json, os, sys
with open(sys.argv[2], "w") as out:
    for name in sorted(os.listdir(sys.argv[1])):
        if name.endswith(".html.gz"):
            out.write(json.dumps({"case": name[:-8], "format": "html", "kind": "control"}) + "\n")
PY
  java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.SpamBench \
    "$d/labels.jsonl" "$d/pred.jsonl" 2>"$d/log"
  python3 - "$d/pred.jsonl" "$s" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
flagged = [r for r in rows if r["page_compromised"]]
print(f"{sys.argv[2]}: {len(flagged)} of {len(rows)} honest pages flagged ({100 * len(flagged) / max(1, len(rows)):.1f}%)")
for r in flagged:
    print("  ", r["case"], "|", " / ".join(s[:60] for s in r["flagged_spans"])[:150])
PY
done
