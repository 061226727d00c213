#!/usr/bin/env bash
# Prints the class path of broadsheet-spark's test classes with Spark, for the bench scripts that run them.
set -euo pipefail
cd "$(dirname "$0")/.."
file=$PWD/broadsheet-spark/target/test-classpath.txt
mvn -q -B -DskipTests test-compile dependency:build-classpath -pl broadsheet-spark -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$file" >&2
echo "$PWD/broadsheet-spark/target/test-classes:$PWD/broadsheet-spark/target/classes:$(cat "$file")"
