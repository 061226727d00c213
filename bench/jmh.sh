#!/usr/bin/env bash
# JMH benchmarks of the hot paths (parse, segment, classify, metadata) and whole extraction on 1 and 2 threads.
#   bench/jmh.sh [JMH ARGS]      e.g. bench/jmh.sh 'HotPaths.extract' -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
mvn -q -B -DskipTests package -pl broadsheet-bench -am
java -Dbroadsheet.pages="$shared/bench/zyte/html" -cp broadsheet-bench/target/broadsheet-bench.jar org.openjdk.jmh.Main \
  -jvmArgsAppend "-Dbroadsheet.pages=$shared/bench/zyte/html" "$@"
