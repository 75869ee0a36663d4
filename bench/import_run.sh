#!/usr/bin/env bash
# Import benchmark, run by hand: a generated history of COMMITTEES x YEARS x 10 meetings
# (about 65 clauses each) imported into a fresh database, three times; then the re-import of an
# unchanged file.
# Usage: bash bench/import_run.sh [COMMITTEES] [YEARS]   (defaults 20 10: 2,000 files, 130,000 clauses)
set -euo pipefail
cd "$(dirname "$0")/.."
committees=${1:-20}
years=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DTRACKER_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j2 --target tracker >/dev/null
python3 bench/gen_history.py "$work/minutes" "$committees" "$years"
printf '[database]\npath = "%s/bench.db"\n' "$work" > "$work/bench.toml"
# Three imports into a fresh database each: this machine's speed varies from run to run.
for run in 1 2 3; do
  rm -f "$work"/bench.db*
  build-bench/tracker init --config "$work/bench.toml" >/dev/null  # only init makes a database
  start=$(date +%s.%N)
  build-bench/tracker import "$work"/minutes/*.txt --config "$work/bench.toml" --as-of 2025-01-01 >/dev/null
  end=$(date +%s.%N)
  clauses=$(python3 -c "import sqlite3; print(sqlite3.connect('$work/bench.db').execute('select count(*) from clause').fetchone()[0])")
  awk -v c="$clauses" -v a="$start" -v z="$end" 'BEGIN {printf "import: %d clauses in %.1f s = %.0f clauses/s\n", c, z - a, c / (z - a)}'
done
echo "database: $(du -h "$work/bench.db" | cut -f1)"
files=("$work"/minutes/*.txt)  # not ls | head: with pipefail, ls killed by SIGPIPE ended the script here
one=${files[0]}
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 "build-bench/tracker import $one --config $work/bench.toml" "build-bench/tracker --version" /bin/true 2>&1 |
    grep -E "^Benchmark|Time \(mean"
else
  echo "(install hyperfine to time the re-import of an unchanged file)"
fi
