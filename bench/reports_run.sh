#!/usr/bin/env bash
# Report benchmark, run by hand: imports the generated history of COMMITTEES x YEARS x 10
# meetings (bench/gen_history.py; 20 x 10 gives about 130,000 clauses), then times
# `report monitoring`, `check` and `briefing` on it, and the rules engine on its own.
# Usage: bash bench/reports_run.sh [COMMITTEES] [YEARS]
#   BEFORE=/path/to/an/older/tracker bash bench/reports_run.sh: the same history imported by that
#   program too (into a database of its own, which it can read), and each report timed with both,
#   alternately, five times: medians of CPU and wall seconds, and the ratio new/before.
set -euo pipefail
cd "$(dirname "$0")/.."
committees=${1:-20}
years=${2:-10}
runs=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{ cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DTRACKER_BENCH=ON -DBUILD_TESTING=OFF &&
  cmake --build build-bench -j2 --target tracker tracker_rules_bench; } >/dev/null
python3 bench/gen_history.py "$work/minutes" "$committees" "$years" >/dev/null
# A history imported by `program` into `db`: only init makes a database.
history() {
  local program=$1 db=$2
  printf '[database]\npath = "%s"\n[check]\nfallback_to = "clerk@example.gov.uk"\n' "$db" > "$db.toml"
  "$program" init --config "$db.toml" >/dev/null
  "$program" import "$work"/minutes/*.txt --config "$db.toml" --as-of 2025-01-01 >/dev/null
}
t=build-bench/tracker
history "$t" "$work/bench.db"
[ -n "${BEFORE:-}" ] && history "$BEFORE" "$work/before.db"
count() { python3 -c "import sqlite3; print(sqlite3.connect('$work/bench.db').execute('$1').fetchone()[0])"; }
echo "history: $(count 'select count(*) from clause') clauses, $(count 'select count(*) from action') actions"
committee=$(count 'select name from committee order by id limit 1')
# CPU (user + system) and wall seconds of one run, as "cpu wall".
one_run() {
  local start end cpu
  start=$(date +%s.%N)
  /usr/bin/time -o "$work/time" -f '%U %S' "$@" >/dev/null 2>&1 || true  # check exits 1 when something is overdue
  end=$(date +%s.%N)
  cpu=$(tail -1 "$work/time")
  awk -v c="$cpu" -v a="$start" -v z="$end" 'BEGIN {split(c, p, " "); printf "%.3f %.3f\n", p[1] + p[2], z - a}'
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
timed() {
  local label=$1; shift
  local new=() old=()
  for ((k = 0; k < runs; k++)); do
    new+=("$(one_run "$t" "$@" --config "$work/bench.db.toml")")
    [ -n "${BEFORE:-}" ] && old+=("$(one_run "$BEFORE" "$@" --config "$work/before.db.toml")")
  done
  local cpu wall
  cpu=$(printf '%s\n' "${new[@]}" | cut -d' ' -f1 | median)
  wall=$(printf '%s\n' "${new[@]}" | cut -d' ' -f2 | median)
  if [ -z "${BEFORE:-}" ]; then
    printf '%-46s cpu %6.3f s  wall %6.3f s\n' "$label" "$cpu" "$wall"
    return
  fi
  local old_cpu old_wall
  old_cpu=$(printf '%s\n' "${old[@]}" | cut -d' ' -f1 | median)
  old_wall=$(printf '%s\n' "${old[@]}" | cut -d' ' -f2 | median)
  awk -v l="$label" -v c="$cpu" -v w="$wall" -v oc="$old_cpu" -v ow="$old_wall" \
    'BEGIN {printf "%-46s cpu %6.3f s (before %6.3f, x%.2f)  wall %6.3f s (before %6.3f, x%.2f)\n", l, c, oc, c / oc, w, ow, w / ow}'
}
echo "medians of $runs runs${BEFORE:+, alternated with $BEFORE}"
args=(--as-of 2024-06-01)
timed "report monitoring, all committees (md)" report monitoring "${args[@]}"
timed "report monitoring, all committees (html)" report monitoring --format html "${args[@]}"
timed "report monitoring --status all, one committee" report monitoring --status all --committee "$committee" "${args[@]}"
timed "check, all committees" check "${args[@]}"
timed "check --format mail, all committees" check --format mail "${args[@]}"
timed "briefing --next, one committee" briefing --next --committee "$committee" "${args[@]}"
build-bench/bench/tracker_rules_bench
