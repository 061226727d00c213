#!/usr/bin/env bash
# The hostile corpus of issue 12: generates it (bench/hostile/hostile.py make), runs ./broadsheet extract on every
# case alone and on the whole batch and judges each (an article, or a clear error naming the input; peak RSS and wall
# time per case; the batch complete), then the kill -9 / --resume test. Runs at the default heap.
#   bench/hostile.sh [DIR]        (default target/hostile; generated once, ~170 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/hostile}
./broadsheet --version > /dev/null   # builds the jar first, so that no case is timed with the build
[ -d "$dir/pages" ] || python3 bench/hostile/hostile.py make "$dir"
status=0
python3 bench/hostile/hostile.py run "$dir" ./broadsheet extract || status=1
python3 bench/hostile/hostile.py kill "$dir" ./broadsheet extract || status=1
exit $status
