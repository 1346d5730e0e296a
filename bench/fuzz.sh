#!/usr/bin/env bash
# Long run of the importers' property-based and fuzz tests (issue 9, point 10).
#   bench/fuzz.sh [inputs] [seed]
# Runs tests/Wijkpeil.App.Tests' ImporterFuzzTests with WIJKPEIL_FUZZ_ITERATIONS=<inputs> (default 100000)
# for every importer that reads files in memory (the database-backed properties get a small share of it),
# and a seed (default: a new one, printed, so that each long run explores new inputs; CI uses a fixed one).
# The figures (inputs, seconds, seed per importer) go to bench/results/fuzz-<date>.txt; a failure prints
# the CsCheck seed that reproduces it: WIJKPEIL_FUZZ_SEED=<seed> bench/fuzz.sh <inputs>.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-100000}
seed=${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
mkdir -p bench/results
report="$(pwd)/bench/results/fuzz-$(date -u +%Y%m%dT%H%MZ).txt"
echo "Wijkpeil importer fuzz run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, inputs per importer: $inputs, seed: $seed" | tee "$report"
dotnet build tests/Wijkpeil.App.Tests -c Release -v quiet -nologo >/dev/null
start=$(date +%s)
status=0
WIJKPEIL_FUZZ_ITERATIONS=$inputs WIJKPEIL_FUZZ_SEED=$seed WIJKPEIL_FUZZ_REPORT=$report \
  dotnet test --project tests/Wijkpeil.App.Tests -c Release --no-build --filter-class '*ImporterFuzzTests' || status=$?
echo "total: $(( $(date +%s) - start )) s, exit code $status" | tee -a "$report"
exit $status
