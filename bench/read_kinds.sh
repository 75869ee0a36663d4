#!/usr/bin/env bash
# Reading benchmark, run by hand: `tracker extract` on the same minutes in each kind a council
# publishes (tests/fixtures/documents, typeset from the seeds), each RUNS times, printing the CPU
# time per file, pages/s for PDF and MB/s of the file. A run is a whole command: start-up,
# loading the document module, reading, extraction; the plain-text seed gives the cost of
# everything but reading.
# Usage: bash bench/read_kinds.sh [RUNS]   (default 20; TRACKER_BUILD=build uses that build as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
bin=${TRACKER_BUILD:-build-bench}
if [ -z "${TRACKER_BUILD:-}" ]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build build-bench -j2 --target tracker >/dev/null
fi
config=tests/e2e/extract/tracker.toml
# CPU seconds (user + system) for RUNS extractions of $1: on this shared machine the wall time
# mostly measures the other builds running beside it.
time_runs() {
  local out
  out=$(mktemp)
  /usr/bin/time -f "%U %S" -o "$out" bash -c "for _ in \$(seq $runs); do \"$bin\"/tracker extract '$1' --config '$config' --format json >/dev/null; done"
  awk '{printf "%.4f", $1 + $2}' "$out"
  rm -f "$out"
}
report() {  # kind, file, pages (0: report MB/s only)
  local kind=$1 file=$2 pages=$3 seconds bytes
  seconds=$(time_runs "$file")
  bytes=$(stat -c %s "$file")
  awk -v k="$kind" -v f="$file" -v s="$seconds" -v n="$runs" -v p="$pages" -v b="$bytes" \
    'BEGIN {printf "%-5s %-45s %6.1f ms CPU/file", k, f, 1000 * s / n;
            if (p > 0) printf "  %6.0f pages/s", p * n / s; else printf "  %13s", "";
            printf "  %6.2f MB/s\n", b * n / s / 1048576}'
}
pages() { python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$1"; }
for seed in 000 001 002 003 004; do
  name=minutes
  [ "$seed" = 001 ] && name=agenda_pack
  report text sample_data/${seed}_*.txt 0
  report pdf tests/fixtures/documents/${seed}_${name}.pdf "$(pages tests/fixtures/documents/${seed}_${name}.pdf)"
  report docx tests/fixtures/documents/${seed}_${name}.docx 0
  if [ -f tests/fixtures/documents/${seed}_moderngov.html ]; then
    report html tests/fixtures/documents/${seed}_moderngov.html 0
  fi
done
