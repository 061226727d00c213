#!/usr/bin/env bash
# Fetches the real news pages (saved in 2013) bundled as benchmark data in the npm package htmlparser-benchmark@1.1.3
# (MIT), the page source of the labelled parts of session 22 (broadsheet-analysis/src/test/resources/attribution/).
#   bench/htmlparser-benchmark-pages.sh
# Leaves the pages at target/htmlparser-benchmark/package/files/<sha256>.html; a labelled article's id is
# hpb-<that sha256>. Idempotent: does nothing when the pages are already there. Needs npm (and tar).
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.1.3
dir=target/htmlparser-benchmark
probe=005055fd7e2625aba5e8d2d370ea4914a152fe50d16620f896cdf4b1a68ba741.html
if [ -f "$dir/package/files/$probe" ]; then
  echo "htmlparser-benchmark@$version pages already in $dir/package/files" >&2
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "bench/htmlparser-benchmark-pages.sh: npm is missing (install Node.js with npm; it fetches htmlparser-benchmark@$version)" >&2
  exit 1
fi
mkdir -p "$dir"
tarball=$(cd "$dir" && npm pack "htmlparser-benchmark@$version" --silent | tail -1)
# the tarball carries extended headers GNU tar does not know; they are harmless
tar --warning=no-unknown-keyword -xzf "$dir/$tarball" -C "$dir"
if [ ! -f "$dir/package/files/$probe" ]; then
  echo "bench/htmlparser-benchmark-pages.sh: $dir/$tarball holds no files/$probe" >&2
  exit 1
fi
echo "htmlparser-benchmark@$version pages in $dir/package/files ($(ls "$dir"/package/files/*.html | wc -l) pages)" >&2
