#!/usr/bin/env bash
# Throughput benchmark, run by hand (not in CI): bash bench/run.sh
#   1. builds tracker_bench and tracker in build-bench/ (Release);
#   2. fills bench/corpus/ with copies of sample_data/*.txt up to CORPUS_MB (default 100) MiB;
#   3. runs tracker_bench over the corpus on one core (config and vocabulary loaded once);
#   4. times `grep -c Resolved` over the same files, for scale;
#   5. times the real CLI, one `tracker extract` process per file, on CLI_FILES (default 100) files.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS_MB=${CORPUS_MB:-100}
CLI_FILES=${CLI_FILES:-100}
corpus=bench/corpus
build=build-bench

# Build output goes to a log: g++ 12 prints -Wrestrict false positives from libstdc++ at -O3.
echo "building in $build (Release), log in $build/build.log..."
{ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DTRACKER_BENCH=ON -DBUILD_TESTING=OFF &&
  cmake --build "$build" -j2 --target tracker_bench tracker; } >"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
mv "$build.log" "$build/build.log"

seeds=(sample_data/*.txt)
want=$((CORPUS_MB * 1024 * 1024))
have=0
if [ -d "$corpus" ]; then have=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s + 0}'); fi
if [ "$have" -lt "$want" ]; then
  echo "writing corpus in $corpus (>= $CORPUS_MB MiB of copies of ${#seeds[@]} seed files)..."
  rm -rf "$corpus"
  mkdir -p "$corpus"
  have=0
  n=0
  while [ "$have" -lt "$want" ]; do
    for seed in "${seeds[@]}"; do
      printf -v name '%s/%05d_%s' "$corpus" "$n" "$(basename "$seed")"
      cp "$seed" "$name"
      have=$((have + $(stat -c %s "$seed")))
      n=$((n + 1))
    done
  done
fi
files=$(find "$corpus" -type f -name '*.txt' | wc -l)
echo "corpus: $files files, $((have / 1024 / 1024)) MiB"
# Read it once so every timing below reads from the page cache.
cat "$corpus"/*.txt >/dev/null

now() { date +%s.%N; }
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

echo
echo "== tracker_bench: in process, one core =="
bench_out=$("${pin[@]}" "$build/bench/tracker_bench" --config tracker.toml "$corpus")
echo "$bench_out"
ours=$(echo "$bench_out" | awk '/^throughput:/ {print $2}')

echo
echo "== grep -c Resolved over the same files, one core =="
t0=$(now)
find "$corpus" -type f -name '*.txt' -print0 | sort -z | "${pin[@]}" xargs -0 grep -c Resolved >/dev/null
t1=$(now)
grep_mbs=$(awk -v b="$have" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.1f", b / 1e6 / (z - a)}')
grep_s=$(awk -v a="$t0" -v z="$t1" 'BEGIN {printf "%.2f", z - a}')
echo "time: $grep_s s, throughput: $grep_mbs MB/s"

echo
echo "== tracker extract: one process per file, $CLI_FILES files =="
mapfile -t some < <(find "$corpus" -type f -name '*.txt' | sort | head -n "$CLI_FILES")
some_bytes=$(cat "${some[@]}" | wc -c)
t0=$(now)
# The loop runs pinned as a whole (children inherit it), so no taskset exec is timed per file.
"${pin[@]}" bash -c 'for f in "${@:2}"; do "$1" extract --config tracker.toml "$f" >/dev/null; done' _ "$build/tracker" "${some[@]}"
t1=$(now)
cli=$(awk -v n="${#some[@]}" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.1f files/s, %.2f s", n / (z - a), z - a}')
cli_mbs=$(awk -v b="$some_bytes" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.1f", b / 1e6 / (z - a)}')
echo "$cli ($cli_mbs MB/s)"

echo
echo "== summary =="
printf '%-34s %8s MB/s\n' "tracker_bench (in process)" "$ours"
printf '%-34s %8s MB/s\n' "grep -c Resolved" "$grep_mbs"
printf '%-34s %s\n' "tracker extract (process per file)" "$cli"
