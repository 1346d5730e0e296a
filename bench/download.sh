#!/usr/bin/env bash
# Download benchmark (issue 12, point 5): every published figure of the embedded default as one download
# (GET /api/v1/observations?format=xlsx, csv, json, and without format: JSON), measured in one run on this machine:
#   cold:     per format, the first request to a freshly started host whose whole-data file of that format is not
#             written yet (it streams from the database while the file is written); time to first byte must stay
#             under 1 s for every format. Also reported: the time to the first 64 KiB (figures for sure: the first
#             byte may be the format's opening, sent before the database has sorted the figures).
#   warm:     the XLSX download once its file is written (served as a static file), median of 3
#   baseline: the same bytes from Kestrel's static files (Wijkpeil.Bench serve-static), median of 3
# and reports the time to first byte and total time of each, and the ratio of warm to baseline.
# Usage: bench/download.sh        (results also written to bench/results/download-<date>-<time>.txt, one file a run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Wijkpeil.Web -c Release -o "$work/publish" -v quiet -nologo >/dev/null
dotnet build bench/Wijkpeil.Bench -c Release -v quiet -nologo >/dev/null
bench="$root/bench/Wijkpeil.Bench/bin/Release/net10.0/Wijkpeil.Bench.dll"
port=5194
static_port=5195
mkdir -p "$work/data" "$work/static"
host=

# A fresh host on the same database with an empty exports folder: no whole-data file of any format is written yet,
# and nothing is warm. The first start loads the embedded default into the database.
start_host() {
  if [ -n "$host" ]; then kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; fi
  rm -rf "$work/exports"
  (cd "$work/publish" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__Wijkpeil="Data Source=$work/data/wijkpeil.db" Exports__Folder="$work/exports" dotnet Wijkpeil.Web.dll >>"$work/app.log" 2>&1) &
  host=$!
  pids+=("$host")
  for _ in $(seq 1 480); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "bench: the web host did not start" >&2; cat "$work/app.log" >&2; exit 1; }
}

api="http://127.0.0.1:$port/api/v1/observations"
formats=(xlsx csv json default)
query() { [ "$1" = default ] && echo "$api" || echo "$api?format=$1"; }

# XLSX first: its host then serves the warm download.
start_host
dotnet "$bench" download "$(query xlsx)" 1 >"$work/cold-xlsx.out"
# Wait for the whole-data file (written beside the first download), then measure the warm download.
for _ in $(seq 1 240); do ls "$work/exports"/wijkpeil-observaties-*.xlsx >/dev/null 2>&1 && break; sleep 0.5; done
dotnet "$bench" download "$(query xlsx)" 3 >"$work/warm.out"
cp "$(ls "$work/exports"/wijkpeil-observaties-*.xlsx | head -1)" "$work/static/all.xlsx"
dotnet "$bench" serve-static "$work/static" "http://127.0.0.1:$static_port" >"$work/static.log" 2>&1 &
static_host=$!
pids+=("$static_host")
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$static_port/all.xlsx" && break; sleep 0.5; done
dotnet "$bench" download "http://127.0.0.1:$static_port/all.xlsx" 3 >"$work/static.out"
kill "$static_host" 2>/dev/null || true

for format in "${formats[@]:1}"; do
  start_host
  dotnet "$bench" download "$(query "$format")" 1 >"$work/cold-$format.out"
done

val() { sed -n "s/^$1=//p" "$2"; }
mkdir -p bench/results
report="bench/results/download-$(date -u +%Y%m%d-%H%M).txt"
{
  echo "download benchmark $(date -u +%FT%TZ) on $(nproc) cores: GET /api/v1/observations (every published figure), embedded default"
  for format in "${formats[@]}"; do
    out="$work/cold-$format.out"
    label=$([ "$format" = default ] && echo "no format (JSON)" || echo "format=$format")
    echo "cold, $label (fresh host, file not yet written, streamed from the database): first byte $(val first_byte_median_ms "$out") ms, first 64 KiB $(val first_64k_median_ms "$out") ms, total $(val total_median_ms "$out") ms, $(val bytes "$out") bytes"
  done
  echo "warm, format=xlsx (pre-built file): first byte $(val first_byte_median_ms "$work/warm.out") ms (max $(val first_byte_max_ms "$work/warm.out")), total $(val total_median_ms "$work/warm.out") ms"
  echo "baseline (static file, same bytes): first byte $(val first_byte_median_ms "$work/static.out") ms, total $(val total_median_ms "$work/static.out") ms"
  awk -v a="$(val total_median_ms "$work/warm.out")" -v b="$(val total_median_ms "$work/static.out")" 'BEGIN { if (b > 0) printf "ratio warm/baseline total: %.2f\n", a / b }'
} | tee "$report"
slow=0
for format in "${formats[@]}"; do
  cold=$(val first_byte_median_ms "$work/cold-$format.out")
  [ "$cold" -lt 1000 ] || { echo "bench: $format: first byte after ${cold} ms (limit 1000 ms)" >&2; slow=1; }
done
exit "$slow"
