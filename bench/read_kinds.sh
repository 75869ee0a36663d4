#!/usr/bin/env bash
# Reading benchmark, run by hand: `tracker extract` on the same minutes in each kind a council
# publishes (tests/fixtures/documents, typeset from the seeds), each RUNS times, printing pages/s
# for PDF and MB/s of the file for the others. Extraction is included: it is what an import
# does with a file; the plain-text seed gives the cost of everything but reading.
# Usage: bash bench/read_kinds.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j2 --target tracker >/dev/null
config=tests/e2e/extract/tracker.toml
time_runs() {  # seconds for RUNS extractions of $1
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do build-bench/tracker extract "$1" --config "$config" --format json >/dev/null; done
  end=$(date +%s.%N)
  awk -v a="$start" -v z="$end" 'BEGIN {printf "%.4f", z - a}'
}
report() {  # kind, file, pages (0: report MB/s)
  local kind=$1 file=$2 pages=$3 seconds bytes
  seconds=$(time_runs "$file")
  bytes=$(stat -c %s "$file")
  if [ "$pages" -gt 0 ]; then
    awk -v k="$kind" -v f="$file" -v s="$seconds" -v n="$runs" -v p="$pages" -v b="$bytes" \
      'BEGIN {printf "%-5s %-45s %6.1f ms/file  %7.0f pages/s  %6.2f MB/s\n", k, f, 1000 * s / n, p * n / s, b * n / s / 1048576}'
  else
    awk -v k="$kind" -v f="$file" -v s="$seconds" -v n="$runs" -v b="$bytes" \
      'BEGIN {printf "%-5s %-45s %6.1f ms/file  %15s  %6.2f MB/s\n", k, f, 1000 * s / n, "", b * n / s / 1048576}'
  fi
}
pages() { python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$1"; }
for seed in 003 004; do
  report text sample_data/${seed}_*.txt 0
  report pdf tests/fixtures/documents/${seed}_minutes.pdf "$(pages tests/fixtures/documents/${seed}_minutes.pdf)"
  report docx tests/fixtures/documents/${seed}_minutes.docx 0
done
report html tests/fixtures/documents/004_moderngov.html 0
