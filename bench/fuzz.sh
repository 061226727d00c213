#!/usr/bin/env bash
# Fuzzes the four Jazzer targets of issue 12 (the HTML path, the text path, the JSON writer, the WARC reader):
# ROUNDS runs of 30 s each per target (the @FuzzTest maxDuration), the corpus kept between rounds in
# <module>/.cifuzz-corpus. Prints per run the inputs tried and their rate, then the totals. A finding fails the run
# and is saved beside the target's seeds (src/test/resources/.../<Class>Inputs/<method>/crash-*), where mvn test
# replays it from then on.
#   bench/fuzz.sh [ROUNDS] [TARGET...]      (default 1 round of every target; TARGET like htmlPath)
#   FUZZ_RUNS=1000000 bench/fuzz.sh 1 jsonWriter   one long run of that many inputs instead of 30 s (nice it:
#                                                  NICE=19 lets it take only what other work leaves)
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-1}
shift || true
all=("broadsheet-core ExtractionFuzzTest#htmlPath" "broadsheet-core ExtractionFuzzTest#textPath"
     "broadsheet-core ExtractionFuzzTest#jsonWriter" "broadsheet-warc WarcReaderFuzzTest#warcReader")
targets=()
for t in "${all[@]}"; do
  if [ $# -eq 0 ]; then targets+=("$t"); else for want in "$@"; do [[ "$t" == *"#$want" ]] && targets+=("$t"); done; fi
done
mkdir -p target/fuzz
status=0
# coverage of broadsheet's own code only (not jsoup, ICU, Jackson), and none of Jazzer's security bug detectors
# (SQL, LDAP, regex injection...): they find no bugs in an extractor and cost most of the time per input
export JAZZER_INSTRUMENTATION_INCLUDES='org.broadsheet.**'
hooks=""
for h in RegexRoadblocks RegexInjection ReflectiveCall LdapInjection NamingContextLookup SqlInjection XPathInjection \
    ScriptEngineInjection ServerSideRequestForgery Deserialization ExpressionLanguageInjection OsCommandInjection \
    ClojureLangHooks; do
  hooks+="${hooks:+:}com.code_intelligence.jazzer.sanitizers.$h"
done
export JAZZER_DISABLED_HOOKS="$hooks"

# Long runs: libFuzzer flags reach Jazzer's JUnit runner as jazzer.internal.arg.N, after the annotation's, so they
# win; arg.0 stands for the program name and is not read as a flag.
long=()
if [ -n "${FUZZ_RUNS:-}" ]; then
  long=(-Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-runs="$FUZZ_RUNS" -Djazzer.internal.arg.2=-max_total_time=0)
fi

for ((r = 1; r <= rounds; r++)); do
  for t in "${targets[@]}"; do
    module=${t%% *}; test=${t#* }; log="target/fuzz/${test#*#}-$r.log"
    JAZZER_FUZZ=1 nice -n "${NICE:-0}" mvn -B -o test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false "${long[@]}" > "$log" 2>&1 || status=1
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    runs=$(echo "$done_line" | awk '{print $2}'); secs=$(echo "$done_line" | awk '{print $5}')
    crash=$(grep -c -E '== Java Exception|Uncaught exception|crash-' "$log")
    echo "round $r ${test#*#}: ${runs:-?} inputs in ${secs:-?} s ($(awk -v n="${runs:-0}" -v s="${secs:-1}" 'BEGIN{printf "%.0f", n/(s>0?s:1)}') inputs/s), findings: $crash"
  done
done
for t in "${targets[@]}"; do
  name=${t#*#}
  cat target/fuzz/"$name"-*.log 2>/dev/null | grep -E '^Done [0-9]+ runs in' | awk -v n="$name" \
    '{runs += $2; secs += $5} END {if (secs > 0) printf "%s: %d inputs in %d s of fuzzing, %.0f inputs/s; 10^6 inputs would take %.1f h at that rate\n", n, runs, secs, runs/secs, 1e6/(runs/secs)/3600}'
done
exit $status
