#!/usr/bin/env bash
# Import benchmark (issue 2, point 9). Measures, in one run on this machine:
#   baseline: sqlite3's own .import of the same values, pre-flattened to a long CSV, into a plain table
#   wijkpeil: the real import of the three bundled 50090NED files into a fresh SQLite database
#   export:   one indicator for all areas of a period, streamed to CSV (warm median of 20 runs)
# and reports wall time, peak memory (max RSS from /usr/bin/time) and the ratio to the baseline.
# Usage: bench/import.sh            (results also written to bench/results/import-<date>.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need() { command -v "$1" >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null; } || { echo "bench: $1 is missing (apt-get install $2)" >&2; exit 1; }; }
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

files=()
for f in 50090NED-gezondheid-2016-18plus.xlsx 50090NED-gezondheid-2020-18plus.xlsx 50090NED-gezondheid-2020-65plus.xlsx; do
  files+=("$root/src/Wijkpeil.App/DefaultData/files/rivm/$f")
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/Wijkpeil.Bench -c Release -v quiet -nologo >/dev/null
bench="dotnet $root/bench/Wijkpeil.Bench/bin/Release/net10.0/Wijkpeil.Bench.dll"

# Peak RSS in MB and wall seconds of a command, from GNU time.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" > "$work/$label.out"
  read -r wall rss < "$work/$label.time"
  echo "$wall $((rss / 1024))"
}

$bench flatten "$work/long.csv" "${files[@]}" > "$work/flatten.out"
values=$(sed -n 's/^values=//p' "$work/flatten.out")

read -r base_wall base_mb < <(measure baseline sqlite3 "$work/baseline.db" \
  "CREATE TABLE obs(area TEXT, measure TEXT, period TEXT, breakdown TEXT, value REAL);" \
  ".mode csv" ".import $work/long.csv obs")

read -r ours_wall ours_mb < <(measure import $bench import "$work/wijkpeil.db" "${files[@]}")
imported=$(sed -n 's/^values=//p' "$work/import.out")
import_only=$(sed -n 's/^import_seconds=//p' "$work/import.out")

$bench export "$work/wijkpeil.db" ErvarenGezondheidGoedZeerGoed 2020 18+ 20 > "$work/export.out"
export_rows=$(sed -n 's/^rows=//p' "$work/export.out")
export_ms=$(sed -n 's/^export_median_ms=//p' "$work/export.out")

ratio=$(awk -v a="$ours_wall" -v b="$base_wall" 'BEGIN { printf "%.2f", a / b }')
report=$(cat <<REPORT
Wijkpeil import benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m)
values in the three 50090NED files:      $values (imported: $imported)
baseline sqlite3 .import (long CSV):     ${base_wall} s wall, ${base_mb} MB peak
wijkpeil import (process, 3 files):      ${ours_wall} s wall, ${ours_mb} MB peak (import calls alone: ${import_only} s)
ratio wijkpeil / baseline:               ${ratio}x   (target: <= 3x and < 20 s; peak < 500 MB)
export one indicator, one period:        ${export_rows} areas, median ${export_ms} ms   (target: < 200 ms)
REPORT
)
echo "$report"
mkdir -p bench/results
echo "$report" > "bench/results/import-$(date -u +%Y%m%d-%H%M).txt"
