#!/usr/bin/env bash
# Single-thread extraction speed on the Zyte dev set (181 pages, 31.5 MB of HTML), as the peer runner
# contract measures it: pages are loaded first, then the extraction loop runs PASSES times in one JVM.
#   bench/speed.sh [PASSES] [--no-build] [ZyteBench options, e.g. --parse-only]   (JVM options from BROADSHEET_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
passes=${1:-5}
[ "${2:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-bench -am
# pinned to one CPU, as the peer runner does, so JIT and GC threads share the loop's CPU
pin=()
command -v taskset >/dev/null && pin=(taskset -c $(( $(nproc) - 1 )))
"${pin[@]}" java -Xmx1g ${BROADSHEET_JAVA_OPTS:-} -cp broadsheet-bench/target/broadsheet-bench.jar org.broadsheet.bench.ZyteBench \
  "$shared/bench/zyte/html" target/speed-body.json --passes "$passes" "${@:3}" | tail -1 | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
mb = r["html_bytes"] / 1e6
n = r["docs"]
loop = r.get("pass_loop_thread_cpu_s") or [None] * len(r["pass_s"])
for i, (w, c, t) in enumerate(zip(r["pass_s"], r["pass_cpu_s"], loop), 1):
    print("pass %d: %7.1f pages/CPU-s  %6.2f MB/CPU-s  (%.2f CPU-s, %.2f s wall; %.0f%% outside the loop thread: JIT, GC)"
          % (i, n / c, mb / c, c, w, 100 * (1 - t / c) if t else float("nan")))
best = min(r["pass_cpu_s"][1:] or r["pass_cpu_s"])
print("cold %.1f pages/CPU-s; warm best %.1f pages/CPU-s" % (n / r["pass_cpu_s"][0], n / best))
'
