#!/usr/bin/env bash
# Single-thread extraction speed on the Zyte dev set (181 pages, 31.5 MB of HTML), as the peer runner
# contract measures it: pages are loaded first, then the extraction loop runs PASSES times in one JVM.
#   bench/speed.sh [PASSES] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
passes=${1:-5}
[ "${2:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
java -Xmx1g -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
  "$shared/bench/zyte/html" target/speed-body.json --passes "$passes" | tail -1 | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
mb = r["html_bytes"] / 1e6
n = r["docs"]
for i, (w, c) in enumerate(zip(r["pass_s"], r["pass_cpu_s"]), 1):
    print("pass %d: %7.1f pages/CPU-s  %6.2f MB/CPU-s  (%.2f CPU-s, %.2f s wall)" % (i, n / c, mb / c, c, w))
best = min(r["pass_cpu_s"][1:] or r["pass_cpu_s"])
print("cold %.1f pages/CPU-s; warm best %.1f pages/CPU-s" % (n / r["pass_cpu_s"][0], n / best))
'
