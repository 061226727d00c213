#!/usr/bin/env bash
# Checks that a change keeps every article and every block decision byte-identical: runs two builds of the
# command (broadsheet.jar files) over the Zyte dev pages, the same pages flattened to text (innerText, w3m) and
# the spam dev samples (HTML and text), as articles (JSON Lines) and as --explain decisions (JSON Lines), and
# reports every page whose output differs.
#   bench/same-output.sh BEFORE.jar AFTER.jar [OUT_DIR]     (exit status 1 when anything differs; BEFORE's
#   outputs in OUT_DIR are reused while they are newer than BEFORE.jar)
#   AFTER_JAVA=/path/to/bin/java runs AFTER.jar on another JDK (BEFORE.jar keeps the default `java`)
#   WITH_WCXB=1 adds the 1,337 WCXB pages (every kind of page, not only news; a few minutes more per jar)
# Make BEFORE.jar from main, e.g.: git stash; ./broadsheet --help; cp broadsheet-cli/target/broadsheet.jar /tmp/before.jar
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
before=$1 after=$2 out=${3:-target/same-output}
mkdir -p "$out"
sets=(
  "zyte html $shared/bench/zyte/html"
  "innertext text $shared/bench/zyte-text/innertext"
  "w3m text $shared/bench/zyte-text/w3m"
  "spam-html auto $shared/spam/dev/html"
  "spam-text text $shared/spam/dev/text"
)
[ "${WITH_WCXB:-}" = 1 ] && sets+=("wcxb html $shared/bench/wcxb/html")
status=0
for s in "${sets[@]}"; do
  read -r name format dir <<< "$s"
  for mode in article explain; do
    extra=(); [ "$mode" = explain ] && extra=(--explain)
    for side in before after; do
      jar=$before java=java
      [ "$side" = after ] && jar=$after java=${AFTER_JAVA:-java}
      # the outputs of BEFORE are kept: made again only when its jar is newer
      [ "$side" = before ] && [ "$out/$name.$mode.before.jsonl" -nt "$before" ] && continue
      "$java" -Xmx1g -jar "$jar" extract --no-progress -j 1 -f jsonl --input-format "$format" "${extra[@]}" "$dir" \
        > "$out/$name.$mode.$side.jsonl" 2> "$out/$name.$mode.$side.err" || true
    done
    n=$(wc -l < "$out/$name.$mode.before.jsonl")
    if [ "$n" -eq 0 ]; then
      # nothing compared is no evidence: usually the shared data is not where BROADSHEET_SHARED says
      echo "$name $mode: no output from BEFORE ($(head -c 300 "$out/$name.$mode.before.err"))" >&2
      status=1
      continue
    fi
    if cmp -s "$out/$name.$mode.before.jsonl" "$out/$name.$mode.after.jsonl"; then
      echo "$name $mode: $n pages, identical"
    else
      status=1
      d=$(diff <(cat "$out/$name.$mode.before.jsonl") <(cat "$out/$name.$mode.after.jsonl") | grep -c '^<' || true)
      echo "$name $mode: $n pages, $d differ (diff $out/$name.$mode.before.jsonl $out/$name.$mode.after.jsonl)"
    fi
  done
done
exit $status
