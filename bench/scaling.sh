#!/usr/bin/env bash
# Thread scaling: the Zyte pages (181, 31.5 MB) extracted by 1 and by 2 threads sharing one Extractor, in
# alternating JVMs (1, 2, 1, 2, ...), ROUNDS rounds of PASSES passes; the best warm pass of each counts.
# Prints pages/s (wall) and pages/CPU-s for each, and the 2-vs-1 wall ratio (issue 4 asks >= 1.8). Only
# meaningful on an otherwise idle machine with at least 2 cores.
#   bench/scaling.sh [ROUNDS] [PASSES] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
rounds=${1:-2}
passes=${2:-4}
[ "${3:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
jar=broadsheet-bench/target/broadsheet-bench.jar
mkdir -p target
results=target/scaling.jsonl
: > "$results"
for r in $(seq "$rounds"); do
  for t in 1 2; do
    java -Xmx2g -cp "$jar" org.broadsheet.bench.ZyteBench "$shared/bench/zyte/html" target/scaling-body.json \
      --passes "$passes" --threads "$t" | tail -1 >> "$results"
  done
done
python3 - "$results" <<'PY'
import json, sys
best = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    t, n = r["threads"], r["docs"]
    for w, c in list(zip(r["pass_s"], r["pass_cpu_s"]))[1:]:
        b = best.setdefault(t, {"wall": 0, "cpu": 0})
        b["wall"] = max(b["wall"], n / w)
        b["cpu"] = max(b["cpu"], n / c)
for t in sorted(best):
    print("%d thread(s): %6.1f pages/s wall, %6.1f pages/CPU-s (best warm pass)" % (t, best[t]["wall"], best[t]["cpu"]))
if 1 in best and 2 in best:
    print("2 threads vs 1: %.2fx wall throughput, %.2fx pages per CPU-second" % (
        best[2]["wall"] / best[1]["wall"], best[2]["cpu"] / best[1]["cpu"]))
PY
