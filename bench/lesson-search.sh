#!/usr/bin/env bash
# Lessons search benchmark (issue 14, point 4: "results in under 100 ms for 10,000 lessons"). In one run:
#   search:   the full search of LessonSearch (Dutch analysis of the query, ranked SQL, highlighted title and snippet)
#   baseline: the database's share alone (the same ranked SQL on the analysed terms, ids only)
# over 10,000 generated lessons made of sentences of the 2024 progress letter, 10 Dutch queries with inflected words,
# on SQLite and, when WIJKPEIL_TEST_POSTGRES is set, on a fresh database of that PostgreSQL server.
# Usage: bench/lesson-search.sh [lessons] [rounds]   (results also written to bench/results/lesson-search-<date>.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
lessons=${1:-10000}
rounds=${2:-20}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/Wijkpeil.Bench -c Release -v quiet -nologo >/dev/null
dotnet "$root/bench/Wijkpeil.Bench/bin/Release/net10.0/Wijkpeil.Bench.dll" lesson-search "$work/lessons.db" "$lessons" "$rounds" > "$work/out"

value() { sed -n "s/^$1=//p" "$work/out"; }
line() {
  local p=$1 label=$2
  [ -n "$(value "${p}search_p50_ms")" ] || return 0
  local ratio
  ratio=$(awk -v a="$(value "${p}search_p95_ms")" -v b="$(value "${p}baseline_p95_ms")" 'BEGIN { printf "%.1f", a / b }')
  echo "$label search:   p50 $(value "${p}search_p50_ms") ms, p95 $(value "${p}search_p95_ms") ms over $(value "${p}searches") searches, each with >= $(value "${p}hits_min") hits (target: < 100 ms); indexing $(value "${p}index_seconds") s"
  echo "$label baseline: p50 $(value "${p}baseline_p50_ms") ms, p95 $(value "${p}baseline_p95_ms") ms (the ranked SQL alone); search / baseline at p95: ${ratio}x"
}

report=$(cat <<REPORT
Wijkpeil lessons search benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m); $(value sqlite_lessons) lessons, 20 hits per search
$(line sqlite_ SQLite)
$(line postgres_ PostgreSQL)
REPORT
)
echo "$report"
mkdir -p bench/results
echo "$report" > "bench/results/lesson-search-$(date -u +%Y%m%d-%H%M).txt"
