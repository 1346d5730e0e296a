#!/usr/bin/env bash
# Web benchmark (issue 3, point 5). Measures, in one run on this machine:
#   page:     GET /wijken/WK034403 with all bundled data loaded, 16 connections for 30 s (wrk, loopback);
#             public pages are served from the output cache (keyed by address, language and what they show),
#             so this is what readers get; the same page rendered for every request is measured on a second
#             host on the same database with the page cache switched off (PageCache:Enabled=false)
#   baseline: the same Kestrel serving a static file of the same size (the page's own HTML, saved)
#   pdf:      the Overvecht factsheet (Vitale Wijken, Meting 2020) as PDF, warm, median of 10 renders
# and reports p50/p95/p99 latency, throughput, the ratio to the baseline, and the PDF time.
# Usage: bench/web.sh [seconds]     (results also written to bench/results/web-<date>.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-30}

need() { command -v "$1" >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null; } || { echo "bench: $1 is missing (apt-get install $2)" >&2; exit 1; }; }
need wrk wrk
need curl curl

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Published, as it would be deployed: the static assets (CSS for the PDF) are served from the publish folder.
dotnet publish src/Wijkpeil.Web -c Release -o "$work/publish" -v quiet -nologo >/dev/null
dotnet build bench/Wijkpeil.Bench -c Release -v quiet -nologo >/dev/null

page_port=5191
static_port=5192
uncached_port=5193
mkdir -p "$work/data" "$work/static"
(cd "$work/publish" && exec env ASPNETCORE_URLS="http://127.0.0.1:$page_port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__Wijkpeil="Data Source=$work/data/wijkpeil.db" dotnet Wijkpeil.Web.dll >"$work/app.log" 2>&1) &
pids+=($!)

# First start loads the embedded default (regions, 1.5 million figures, boundaries).
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$page_port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$page_port/health" >/dev/null || { echo "bench: the web host did not start; see its log:" >&2; cat "$work/app.log" >&2; exit 1; }

page="http://127.0.0.1:$page_port/wijken/WK034403"
curl -sf "$page" -o "$work/static/page.html"
page_bytes=$(stat -c %s "$work/static/page.html")

dotnet "$root/bench/Wijkpeil.Bench/bin/Release/net10.0/Wijkpeil.Bench.dll" serve-static "$work/static" "http://127.0.0.1:$static_port" >"$work/static.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$static_port/page.html" >/dev/null 2>&1 && break; sleep 0.5; done

# Warm both (JIT, caches), then measure each with the same wrk settings.
wrk -t2 -c16 -d5s "$page" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:$static_port/page.html" >/dev/null
wrk -t2 -c16 -d"${seconds}s" -s bench/p95.lua "$page" >"$work/page.out"
wrk -t2 -c16 -d"${seconds}s" -s bench/p95.lua "http://127.0.0.1:$static_port/page.html" >"$work/static.out"
# The same page rendered for every request: a second host on the same database, the page cache switched off (a new
# query string per request would not do: parameters no page reads are not part of the cache key).
(cd "$work/publish" && exec env ASPNETCORE_URLS="http://127.0.0.1:$uncached_port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  PageCache__Enabled=false ConnectionStrings__Wijkpeil="Data Source=$work/data/wijkpeil.db" dotnet Wijkpeil.Web.dll >"$work/uncached.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$uncached_port/health" >/dev/null 2>&1 && break; sleep 0.5; done
uncached="http://127.0.0.1:$uncached_port/wijken/WK034403"
[ "$(curl -s -o /dev/null -D - "$uncached" | grep -ci '^age:')" = 0 ] || { echo "bench: the uncached host answered from a cache" >&2; exit 1; }
wrk -t2 -c16 -d5s "$uncached" >/dev/null
wrk -t2 -c16 -d"${seconds}s" -s bench/p95.lua "$uncached" >"$work/uncached.out"
val() { sed -n "s/^$1=//p" "$2"; }

# The page rendered, one request at a time.
render_times=()
for _ in $(seq 1 40); do render_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$uncached")"); done
render_median=$(printf '%s\n' "${render_times[@]}" | sort -n | sed -n '20p;21p' | awk '{ s += $1 } END { printf "%.1f", 1000 * s / 2 }')
render_p95=$(printf '%s\n' "${render_times[@]}" | sort -n | sed -n '38p' | awk '{ printf "%.1f", 1000 * $1 }')

# An indicator page at national scale (issue 12, point 3): every buurt of the Netherlands ranked, rendered without
# the page cache, one request at a time; a different page of the ranking each time, so nothing is reused.
national="http://127.0.0.1:$uncached_port/indicatoren/Drinker?niveau=buurt"
national_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$national")
national_times=()
for n in $(seq 1 10); do national_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$national&pagina=$n")"); done
national_median=$(printf '%s\n' "${national_times[@]}" | sort -n | sed -n '5p;6p' | awk '{ s += $1 } END { printf "%.0f", 1000 * s / 2 }')
national_max=$(printf '%s\n' "${national_times[@]}" | sort -n | tail -1 | awk '{ printf "%.0f", 1000 * $1 }')

# The site search (issue 12, point 1): /zoeken over the whole register (17,000 areas and the indicators), page cache
# off, one request at a time, a different text each time.
search_times=()
for q in overv zamenhof nieuwegein batau utrecht wk0344 drinker gezondheid amersfoort vollenhove; do
  search_times+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$uncached_port/zoeken?q=$q")")
done
search_median=$(printf '%s\n' "${search_times[@]}" | sort -n | sed -n '5p;6p' | awk '{ s += $1 } END { printf "%.0f", 1000 * s / 2 }')
search_max=$(printf '%s\n' "${search_times[@]}" | sort -n | tail -1 | awk '{ printf "%.0f", 1000 * $1 }')

# PDF: one cold render, then ten warm ones; the median of the warm ones.
pdf="http://127.0.0.1:$page_port/programmas/vitale-wijken/factsheets/overvecht/meting-2020.pdf"
pdf_status=$(curl -sL -o "$work/f.pdf" -w '%{http_code}' "$pdf")
pdf_times=()
if [ "$pdf_status" = 200 ]; then
  pdf=$(curl -s -o /dev/null -w '%{url_effective}' -L "$pdf")
  for _ in $(seq 1 10); do pdf_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$pdf")"); done
  pdf_median=$(printf '%s\n' "${pdf_times[@]}" | sort -n | sed -n '5p;6p' | awk '{ s += $1 } END { printf "%.3f", s / 2 }')
  pdf_report="median ${pdf_median} s warm (10 renders; target < 2 s), $(stat -c %s "$work/f.pdf") bytes"
else
  pdf_report="not rendered: HTTP $pdf_status"
fi

ratio=$(awk -v a="$(val rps "$work/page.out")" -v b="$(val rps "$work/static.out")" 'BEGIN { printf "%.1f", 100 * a / b }')
uncached_ratio=$(awk -v a="$(val rps "$work/uncached.out")" -v b="$(val rps "$work/static.out")" 'BEGIN { printf "%.1f", 100 * a / b }')
uncached_p95_ratio=$(awk -v a="$(val p95_ms "$work/uncached.out")" -v b="$(val p95_ms "$work/static.out")" 'BEGIN { printf "%.1f", a / b }')
report=$(cat <<REPORT
Wijkpeil web benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m); wrk -t2 -c16 -d${seconds}s on loopback
/wijken/WK034403 (${page_bytes} bytes):   p50 $(val p50_ms "$work/page.out") ms, p95 $(val p95_ms "$work/page.out") ms, p99 $(val p99_ms "$work/page.out") ms, $(val rps "$work/page.out") req/s, errors $(val errors "$work/page.out")   (target: p95 < 30 ms)
static file, same size (baseline):  p50 $(val p50_ms "$work/static.out") ms, p95 $(val p95_ms "$work/static.out") ms, $(val rps "$work/static.out") req/s, errors $(val errors "$work/static.out")
page throughput / static:           ${ratio}%   (target: at least 20%)
the page rendered, not cached:      median ${render_median} ms, p95 ${render_p95} ms (40 sequential requests, page cache off)
rendered under load (cache bypassed): p50 $(val p50_ms "$work/uncached.out") ms, p95 $(val p95_ms "$work/uncached.out") ms, $(val rps "$work/uncached.out") req/s, errors $(val errors "$work/uncached.out")   (target: p95 < 30 ms)
rendered / static:                  throughput ${uncached_ratio}%, p95 ${uncached_p95_ratio}x the static file's
all buurten of NL, one indicator:   median ${national_median} ms, max ${national_max} ms (10 pages of the ranking, page cache off; target < 1000 ms), ${national_bytes} bytes of HTML (target < 500 KB)
site search /zoeken:                median ${search_median} ms, max ${search_max} ms (10 texts, page cache off, the area index held in memory)
factsheet PDF:                      ${pdf_report}
REPORT
)
echo "$report"
mkdir -p bench/results
echo "$report" > "bench/results/web-$(date -u +%Y%m%d-%H%M).txt"
