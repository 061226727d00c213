#!/usr/bin/env bash
# Broadsheet in the peer runner, on the JVM `./broadsheet extract` would choose for a large batch: JDK 25 with a
# start-up cache where the launcher found one (trained here on examples/, never on the measured pages), and the
# launcher's JIT flags for large inputs. The runner's contract (../shared/bench/peers/README.md):
#   bench/peer-broadsheet.sh HTML_DIR OUT.json [--urls TRUTH.json] [--passes N]
# Use it as: run-peers.sh ... --extra 'broadsheet=bench/peer-broadsheet.sh {html} {out} --urls {urls} --passes {passes}'
# BROADSHEET_AOT=off runs the default java without a cache, as the launcher does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/broadsheet-bench/target/broadsheet-bench.jar
[ -f "$jar" ] || mvn -q -B -f "$root/pom.xml" -DskipTests package -pl broadsheet-bench -am >&2

java_cmd=java
cache=()
if [ "${BROADSHEET_AOT:-on}" != off ]; then
  # the launcher records the JDK 25 it found beside its own cache
  "$root/broadsheet" extract --no-progress "$root/examples" -o /dev/null 2>/dev/null || true
  chosen=$(cat "$root/broadsheet-cli/target/broadsheet.aot.java" 2>/dev/null || true)
  aot=$root/broadsheet-bench/target/peer.aot
  if [ -x "$chosen" ]; then
    if [ ! "$aot" -nt "$jar" ]; then
      training=$(mktemp -d)
      for page in "$root"/examples/*.html; do cp "$page" "$training/$(basename "$page")"; done
      "$chosen" -Xlog:disable -Xlog:all=warning:stderr -XX:AOTCacheOutput="$aot" -cp "$jar" \
        org.broadsheet.bench.ZyteBench "$training" "$training/out.json" --passes 1 > /dev/null 2>&1 || rm -f "$aot"
      rm -rf "$training"
    fi
    [ -f "$aot" ] && java_cmd=$chosen && cache=(-Xlog:disable -Xlog:all=warning:stderr -XX:AOTCache="$aot")
  fi
fi
# the launcher's flags for large inputs (its JIT choice; see the launcher)
jit=$(sed -n 's/^large_input_jit=(\(.*\))$/\1/p' "$root/broadsheet")
# shellcheck disable=SC2086
exec "$java_cmd" -Xmx1g "${cache[@]}" $jit -cp "$jar" org.broadsheet.bench.ZyteBench "$@"
