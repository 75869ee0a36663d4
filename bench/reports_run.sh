#!/usr/bin/env bash
# Report benchmark, run by hand: imports the generated history of COMMITTEES x YEARS x 10
# meetings (bench/gen_history.py; 20 x 10 gives about 130,000 clauses), then times
# `report monitoring`, `check` and `briefing` on it, and the rules engine on its own.
# Usage: bash bench/reports_run.sh [COMMITTEES] [YEARS]
set -euo pipefail
cd "$(dirname "$0")/.."
committees=${1:-20}
years=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{ cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DTRACKER_BENCH=ON -DBUILD_TESTING=OFF &&
  cmake --build build-bench -j2 --target tracker tracker_rules_bench; } >/dev/null
python3 bench/gen_history.py "$work/minutes" "$committees" "$years" >/dev/null
printf '[database]\npath = "%s/bench.db"\n[check]\nfallback_to = "clerk@example.gov.uk"\n' "$work" > "$work/bench.toml"
build-bench/tracker init --config "$work/bench.toml" >/dev/null  # only init makes a database
build-bench/tracker import "$work"/minutes/*.txt --config "$work/bench.toml" --as-of 2025-01-01 >/dev/null
t=build-bench/tracker
args=(--config "$work/bench.toml" --as-of 2024-06-01)
echo "history: $(sqlite3 "$work/bench.db" 'select count(*) from clause' 2>/dev/null || python3 -c "import sqlite3; print(sqlite3.connect('$work/bench.db').execute('select count(*) from clause').fetchone()[0])") clauses, $(python3 -c "import sqlite3; print(sqlite3.connect('$work/bench.db').execute('select count(*) from action').fetchone()[0])") actions"
committee=$(python3 -c "import sqlite3; print(sqlite3.connect('$work/bench.db').execute('select name from committee order by id limit 1').fetchone()[0])")
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null || [ $? -eq 1 ]   # check exits 1 when something is overdue
  end=$(date +%s.%N)
  awk -v l="$label" -v a="$start" -v z="$end" 'BEGIN {printf "%-46s %6.3f s\n", l, z - a}'
}
timed "report monitoring, all committees (md)" "$t" report monitoring "${args[@]}"
timed "report monitoring, all committees (html)" "$t" report monitoring --format html "${args[@]}"
timed "report monitoring --status all, one committee" "$t" report monitoring --status all --committee "$committee" "${args[@]}"
timed "check, all committees" "$t" check "${args[@]}"
timed "check --format mail, all committees" "$t" check --format mail "${args[@]}"
timed "briefing --next, one committee" "$t" briefing --next --committee "$committee" "${args[@]}"
build-bench/bench/tracker_rules_bench
