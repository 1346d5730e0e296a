#!/usr/bin/env bash
# Load and soak (issue 9, point 13). Bounded and on loopback only:
#   1. publishes the web host and the CLI (Release) and prepares a fresh SQLite database with the embedded default
#      (first start of the host), then takes the 50090NED 2020 65+ file's figures out again, so that the import in
#      step 3 has half a million figures to write
#   2. starts the web host (Production) on that database and runs bench/Wijkpeil.Bench's "soak" traffic for the given
#      minutes (default 5): 6 page readers (overview, area, indicator, compare, factsheet, /data), 2 API readers,
#      2 downloaders (filtered CSV/Excel, now and then the whole data set), and every 20 s a burst of 8 heavy downloads
#      from one address, more than the export limits allow (those 429s are deliberate); each user has its own
#      source address 127.0.0.N, so the host's per-client limit sees separate clients
#   3. at half time, one import through the CLI on the same database: wijkpeil import statline <2020 65+> --publish --note …
# and reports requests per type, errors other than the deliberate 429 answers (must be 0), the 429 count,
# p50/p95/p99 latency, and the host's resident memory at the start, every 30 s and at the end, with its slope.
# Usage: bench/soak.sh [minutes]     (report also written to bench/results/soak-<date>.txt; exit 1 on any error)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
minutes=${1:-5}

need() { command -v "$1" >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null; } || { echo "soak: $1 is missing (apt-get install $2)" >&2; exit 1; }; }
need curl curl
need sqlite3 sqlite3

work=$(mktemp -d)
host=""
cleanup() { [ -n "$host" ] && kill "$host" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Wijkpeil.Web -c Release -o "$work/web" -v quiet -nologo >/dev/null
dotnet publish src/Wijkpeil.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet build bench/Wijkpeil.Bench -c Release -v quiet -nologo >/dev/null

port=5194
database="$work/data/wijkpeil.db"
mkdir -p "$work/data"

start_host() {
  (cd "$work/web" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__Wijkpeil="Data Source=$database" dotnet Wijkpeil.Web.dll >>"$work/app.log" 2>&1) &
  host=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "soak: the web host did not start; see its log:" >&2
  cat "$work/app.log" >&2
  exit 1
}

stop_host() { kill "$host"; wait "$host" 2>/dev/null || true; host=""; }

# 1. The embedded default (regions, 1.5 million figures, boundaries), loaded by the first start; then without the
#    2020 65+ file, which the soak imports again.
start_host
stop_host
import_file="$root/src/Wijkpeil.App/DefaultData/files/rivm/50090NED-gezondheid-2020-65plus.xlsx"
sqlite3 "$database" "PRAGMA foreign_keys = ON;
  DELETE FROM observations WHERE ImportBatchId IN (SELECT Id FROM import_batches WHERE FileName = '$(basename "$import_file")');
  DELETE FROM import_batches WHERE FileName = '$(basename "$import_file")';"

# 2 and 3. The soak itself.
start_host
mkdir -p bench/results
report="bench/results/soak-$(date -u +%Y%m%d-%H%M).txt"
set +e
dotnet bench/Wijkpeil.Bench/bin/Release/net10.0/Wijkpeil.Bench.dll soak "http://127.0.0.1:$port" "$minutes" "$host" \
  "$work/cli/wijkpeil.dll" "$database" "$import_file" "$report"
status=$?
set -e
if grep -qiE "fail|exception" "$work/app.log"; then
  echo
  echo "web host log, failures and exceptions:"
  grep -iE -A3 "fail|exception" "$work/app.log" | head -40
fi
exit $status
