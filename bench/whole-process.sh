#!/usr/bin/env bash
# The cost of one `extract` command as a user pays it, JVM start and JIT included: CPU-seconds (user + system) and
# wall seconds of the whole process, for several ways of starting Java, interleaved ROUNDS times in one run so that
# the machine's load falls on all of them alike (issue 17). Prints each run and the median per way.
#   bench/whole-process.sh ROUNDS JAR INPUT [EXTRACT_OPTION...]
#   WAYS="jdk17|java| jdk17-c2|java|-XX:-TieredCompilation jdk25-aot|/path/java|-XX:AOTCache=app.aot" (name|java|options;
#   options separated by commas); the default compares JDK 17 with JDK 25 and its AOT cache when one is found.
# The AOT cache for JDK 25 is trained once per jar on the bundled examples, as ./broadsheet does.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1 jar=$2 input=$3; shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
j25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
quiet_jvm="-Xlog:disable,-Xlog:all=warning:stderr,-Xlog:aot=off:stderr,-Xlog:cds=off:stderr"
if [ -z "${WAYS:-}" ]; then
  WAYS="jdk17|java|"
  if [ -n "$j25" ]; then
    aot=target/whole-process/$(basename "$jar" .jar).aot
    mkdir -p target/whole-process
    if [ ! "$aot" -nt "$jar" ]; then
      "$j25" ${quiet_jvm//,/ } -XX:AOTCacheOutput="$aot" -jar "$jar" extract --no-progress examples -o "$out/train.jsonl" \
        > "$out/train.log" 2>&1 || { cat "$out/train.log" >&2; exit 1; }
    fi
    WAYS+=" jdk25|$j25|$quiet_jvm jdk25-aot|$j25|$quiet_jvm,-XX:AOTCache=$aot"
  fi
fi
declare -A cpu wall
for ((r = 1; r <= rounds; r++)); do
  for way in $WAYS; do
    IFS='|' read -r name java opts <<< "$way"
    /usr/bin/time -f '%U %S %e' -o "$out/time" "$java" ${opts//,/ } -jar "$jar" extract --no-progress "$@" "$input" \
      -o "$out/$name.jsonl" > /dev/null 2> "$out/$name.err" || { echo "$name failed:" >&2; tail -3 "$out/$name.err" >&2; }
    read -r user sys el < "$out/time"
    c=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}')
    cpu[$name]+="$c "; wall[$name]+="$el "
    echo "round $r $name: $c CPU-s, $el s wall"
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for way in $WAYS; do
  name=${way%%|*}
  echo "$name: median $(echo "${cpu[$name]}" | median) CPU-s, $(echo "${wall[$name]}" | median) s wall ($rounds runs; $(wc -l < "$out/$name.jsonl") lines out)"
done
