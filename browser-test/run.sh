#!/usr/bin/env bash
# The browser test of `broadsheet serve`: indexes the Zyte pages, the seed page (with its analysis when the analyze
# jar builds: people and statements) and the hostile pages here into a fresh store, serves it on a free port, and runs
# search.test.mjs in Debian's headless Chromium through playwright-core.
#   browser-test/run.sh [--no-analyze]      (needs ../shared beside the repository, chromium, node and npm)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${BROADSHEET_SHARED:-../shared}
store=target/browser-test-store
rm -rf "$store"
mkdir -p target
# exit status 1 means some pages failed (named on stderr; on a loaded machine a page can hit its time limit): the
# tests below then say what they miss; any other status stops here
index() { ./broadsheet index "$@" --store "$store" --no-progress || [ $? -eq 1 ]; }
index "$shared/bench/zyte/html" browser-test/hostile.html browser-test/hostile.jsonl
if [ "${1:-}" = --no-analyze ]; then
  index "$shared"/seed/*.txt
else
  BROADSHEET_JAVA_OPTS=${BROADSHEET_JAVA_OPTS:--Xmx3g} index --analyze "$shared"/seed/*.txt
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./broadsheet serve --store "$store" --port "$port" > target/browser-test-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
ready=no
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null 2>&1 && { ready=yes; break; }
  sleep 1
done
if [ $ready = no ]; then
  echo "browser-test/run.sh: the server did not answer on port $port within 120 s; its log:" >&2
  tail -50 target/browser-test-serve.log >&2
  exit 1
fi
# the first search opens the index and compiles the query path; done once here so that the tests' 30 s waits measure
# the page, not a cold start on a loaded machine
curl -sf "http://127.0.0.1:$port/api/search?q=news" >/dev/null 2>&1 || true
(cd browser-test && npm ci --no-audit --no-fund --silent)
if ! (cd browser-test && BROADSHEET_URL="http://127.0.0.1:$port" node --test); then
  echo "browser-test/run.sh: the browser tests failed; the server's log (target/browser-test-serve.log) ends:" >&2
  tail -30 target/browser-test-serve.log >&2
  exit 1
fi
