#!/usr/bin/env bash
# Ingest speed: the 1,337 WCXB pages and the 181 Zyte pages, extracted and indexed into a fresh store, timed.
#   bench/search-ingest.sh [--no-build]     (needs ../shared beside the repository)
# Runs `./broadsheet index` as a user would, so the launcher's choices hold (JDK 25's start-up cache where one is
# installed, the JIT mode by input size); BROADSHEET_JAVA_OPTS and BROADSHEET_AOT=off change them as for the user.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || mvn -q -B -DskipTests package -pl broadsheet-cli -am
store=target/ingest-store
rm -rf "$store"
./broadsheet --version > /dev/null   # builds the jar and its start-up cache first, outside the timing
start=$(date +%s.%N)
/usr/bin/time -f '%U %S' -o target/ingest-time ./broadsheet index "$shared/bench/wcxb/html" "$shared/bench/zyte/html" \
  --store "$store" --no-progress
end=$(date +%s.%N)
read -r user sys < target/ingest-time
python3 -c "print('ingest: %.1f s wall, %.1f CPU-s for the WCXB and Zyte pages; store %.1f MB' % ($end - $start, $user + $sys, $(du -sk "$store" | cut -f1) / 1024))"
