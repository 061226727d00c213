#!/usr/bin/env bash
# Near-duplicate grouping on a labelled set of syndicated copies (bench/syndication.py: real articles, 0-4 copies
# each, made as wire copies differ; hard negatives sharing a site footer). Indexes the set into a fresh store and
# scores the groups that search shows (each hit with its copies) against the labels, pairwise, on the dev and the
# held-out halves (split by story before any run).
#   bench/near-duplicates.sh [--no-build]     (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
export BROADSHEET_SHARED=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-cli -am
out=target/syndication
python3 bench/syndication.py "$out"
rm -rf "$out/store"
java -jar broadsheet-cli/target/broadsheet.jar index "$out/articles.jsonl" --store "$out/store" --no-progress
python3 - "$out" <<'PY'
import itertools, json, subprocess, sys
out = sys.argv[1]
labels = json.load(open(out + "/labels.json"))
groups, offset = [], 0
while True:
    r = json.loads(subprocess.run(["java", "-jar", "broadsheet-cli/target/broadsheet.jar", "search", "", "--store",
                                   out + "/store", "-f", "json", "-n", "100", "--offset", str(offset)],
                                  check=True, capture_output=True, text=True).stdout)
    if not r["hits"]:
        break
    groups += [[h["id"]] + [c["id"] for c in h["copies"]] for h in r["hits"]]
    offset += len(r["hits"])
seen = [i for g in groups for i in g]
assert len(seen) == len(set(seen)) == len(labels), (len(seen), len(set(seen)), len(labels))
predicted = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
for split in ("dev", "held-out"):
    ids = [u for u, (_, s) in labels.items() if s == split]
    truth = {frozenset((a, b)) for a, b in itertools.combinations(ids, 2) if labels[a][0] == labels[b][0]}
    pred = {p for p in predicted if all(labels[u][1] == split for u in p)}
    tp = len(truth & pred)
    precision = tp / len(pred) if pred else 1.0
    recall = tp / len(truth) if truth else 1.0
    print(f"{split}: {len(ids)} articles, {len(truth)} true pairs, {len(pred)} predicted: "
          f"precision {precision:.3f}, recall {recall:.3f}")
PY
