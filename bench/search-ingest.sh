#!/usr/bin/env bash
# Ingest speed: the 1,337 WCXB pages and the 181 Zyte pages, extracted and indexed into a fresh store, timed.
#   bench/search-ingest.sh [--no-build]     (needs ../shared beside the repository; JVM options from BROADSHEET_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-cli -am
store=target/ingest-store
rm -rf "$store"
start=$(date +%s.%N)
java ${BROADSHEET_JAVA_OPTS:-} -jar broadsheet-cli/target/broadsheet.jar index "$shared/bench/wcxb/html" \
  "$shared/bench/zyte/html" --store "$store" --no-progress
end=$(date +%s.%N)
python3 -c "print('ingest: %.1f s wall for the WCXB and Zyte pages; store %.1f MB' % ($end - $start, $(du -sk "$store" | cut -f1) / 1024))"
