#!/usr/bin/env bash
# Build, format-check and test the whole solution.
#
#   ./build/test.sh [extra dotnet test arguments, e.g. --filter-class 'Wijkpeil.App.Tests.*']
#
# Steps: throwaway PostgreSQL (build/start-postgres.sh) -> Chromium for the PDF and browser tests -> poppler-utils
# (pdftoppm, the factsheet PDF's pages as PNG for review) -> dotnet tool restore
# -> dotnet build (Release) -> dotnet format --verify-no-changes -> dotnet test (Microsoft.Testing.Platform,
# all test projects).
#
# The LAST line of output is always the plain summary
#   N passed, N failed, N skipped
# and the exit status is non-zero when anything failed. A failed build / tool restore / PostgreSQL
# start ends the run as "0 passed, 1 failed, 0 skipped"; a formatting violation, a crashed test host
# or a test module that ran zero tests counts as one extra failure on top of the test results.
#
# Environment:
#   WIJKPEIL_TEST_TARGET    solution or project to build and test (default: Wijkpeil.slnx)
#   WIJKPEIL_TEST_POSTGRES  if set, use this PostgreSQL connection string; no server is started
#   WIJKPEIL_PG_PORT        port of the throwaway server (default: 25432)
#   Pdf__ChromiumPath       Chromium for the PDF tests, as in the app; default: the first of /usr/bin/chromium,
#                           /usr/bin/chromium-browser, /usr/bin/google-chrome. When none exists and we are root,
#                           the Debian package `chromium` is installed (the tests never download a browser).
#   WIJKPEIL_CHROMIUM       Chromium for the browser tests (Playwright); default: the one found above.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT=$PWD

TARGET=${WIJKPEIL_TEST_TARGET:-Wijkpeil.slnx}
CONFIGURATION=Release
case "$TARGET" in
    *.sln | *.slnx) TEST_TARGET_ARGS=(--solution "$TARGET") ;;
    *) TEST_TARGET_ARGS=(--project "$TARGET") ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

STARTED_POSTGRES=0 # 1 when this run started the server (and so must stop it)
LEASE=""           # .pg/leases/<pid> while this run uses the throwaway server
FINISHED=0
TEST_LOG=$(mktemp "${TMPDIR:-/tmp}/wijkpeil-test.XXXXXX")

step() { printf '\n==> %s\n' "$*"; }

cleanup() {
    if [ -n "$LEASE" ]; then
        rm -f "$LEASE"
        LEASE=""
    fi
    if [ "$STARTED_POSTGRES" = 1 ]; then
        STARTED_POSTGRES=0
        # Another ./build/test.sh in this checkout may have reused our server: leave it running then.
        local other pid
        other=""
        for lease in "$REPO_ROOT"/.pg/leases/*; do
            [ -e "$lease" ] || continue
            pid=${lease##*/}
            if kill -0 "$pid" 2>/dev/null; then other=$pid; else rm -f "$lease"; fi
        done
        if [ -n "$other" ]; then
            echo "test.sh: leaving PostgreSQL running: another test run (pid $other) is using it" >&2
        else
            ./build/start-postgres.sh stop || true
        fi
    fi
    rm -f "$TEST_LOG"
}

# Print the summary as the very last line and exit.
finish() { # passed failed skipped exit-status
    cleanup
    FINISHED=1
    echo "$1 passed, $2 failed, $3 skipped"
    exit "$4"
}

fail_early() {
    echo "test.sh: $*" >&2
    finish 0 1 0 1
}

on_exit() {
    local rc=$?
    if [ "$FINISHED" = 0 ]; then
        cleanup
        echo "test.sh: aborted (exit status $rc)" >&2
        echo "0 passed, 1 failed, 0 skipped"
        [ "$rc" -ne 0 ] || rc=1
        exit "$rc"
    fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Totals from the final "Test run summary" block that `dotnet test` (MTP mode) prints:
#   Test run summary: Failed!          (or Passed!, Zero tests ran, ...)
#     <module> failed with 1 error(s) (567ms)
#     error: 1                         (only when a test module crashed / errored)
#     total: 7
#     failed: 2
#     succeeded: 4
#     skipped: 1
#     duration: 843ms
# Prints "total failed succeeded skipped errors"; fails if no summary was found.
parse_summary() {
    sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' \
        -e 's/\x1b\][^\x07\x1b]*\(\x07\|\x1b\\\)//g' \
        -e 's/\r//g' "$1" |
        awk '
            /^Test run summary:/ { found = 1; total = failed = succeeded = skipped = errors = 0; next }
            found && $1 == "total:"     { total = $2 + 0 }
            found && $1 == "failed:"    { failed = $2 + 0 }
            found && $1 == "succeeded:" { succeeded = $2 + 0 }
            found && $1 == "skipped:"   { skipped = $2 + 0 }
            found && $1 == "error:"     { errors = $2 + 0 }
            END {
                if (!found) exit 1
                print total + 0, failed + 0, succeeded + 0, skipped + 0, errors + 0
            }'
}

# --- PostgreSQL -------------------------------------------------------------------------------------
if [ -n "${WIJKPEIL_TEST_POSTGRES:-}" ]; then
    step "PostgreSQL: using WIJKPEIL_TEST_POSTGRES from the environment"
else
    step "PostgreSQL (build/start-postgres.sh)"
    pg_port=${WIJKPEIL_PG_PORT:-25432}
    mkdir -p .pg/leases
    LEASE="$REPO_ROOT/.pg/leases/$$"
    : >"$LEASE"
    if ! timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$pg_port" 2>/dev/null; then
        STARTED_POSTGRES=1 # nothing answered before: whatever start-postgres.sh starts is ours to stop
    fi
    conn=$(./build/start-postgres.sh) || fail_early "could not start PostgreSQL (see messages above)"
    export WIJKPEIL_TEST_POSTGRES="$conn"
    echo "WIJKPEIL_TEST_POSTGRES=$WIJKPEIL_TEST_POSTGRES"
fi

# --- Chromium (PDF rendering tests) -----------------------------------------------------------------
# The same lookup as PdfOptions: the configured path, else the first well-known one that exists.
find_chromium() {
    local path
    if [ -n "${Pdf__ChromiumPath:-}" ]; then
        [ -x "$Pdf__ChromiumPath" ] && echo "$Pdf__ChromiumPath"
        return
    fi
    for path in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
        if [ -x "$path" ]; then
            echo "$path"
            return
        fi
    done
}

step "Chromium (PDF rendering and browser tests)"
chromium=$(find_chromium || true)
if [ -z "$chromium" ] && [ -n "${Pdf__ChromiumPath:-}" ]; then
    fail_early "Pdf__ChromiumPath is '$Pdf__ChromiumPath', but there is no executable there"
elif [ -z "$chromium" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        fail_early "no Chromium found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).
  The PDF tests print pages with it. Install it first, e.g.:  sudo apt-get install -y chromium fonts-liberation
  (or run this script as root and it installs it), or set Pdf__ChromiumPath to a Chromium executable."
    fi
    command -v apt-get >/dev/null 2>&1 || fail_early "no Chromium found and apt-get is not available to install it"
    echo "no Chromium found; installing the Debian 'chromium' package (apt-get)"
    # Fonts explicitly: without recommends a clean machine may have none, and PDFs would lose their text.
    DEBIAN_FRONTEND=noninteractive apt-get update -q || fail_early "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends \
        chromium fonts-liberation fonts-dejavu-core || fail_early "could not install chromium"
    chromium=$(find_chromium || true)
    [ -n "$chromium" ] || fail_early "the chromium package was installed but /usr/bin/chromium is missing"
fi
echo "Chromium: $chromium ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
# The browser tests drive the same Chromium through Playwright, which must never fetch browsers of its own.
export WIJKPEIL_CHROMIUM=${WIJKPEIL_CHROMIUM:-$chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# --- poppler-utils (factsheet PDF pages as PNG, test-artifacts/pdf) -------------------------------------
step "poppler-utils (pdftoppm for the browser tests)"
if ! command -v pdftoppm >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        fail_early "pdftoppm not found. The browser tests render the factsheet PDF's pages with it. Install it first, e.g.:
  sudo apt-get install -y poppler-utils   (or run this script as root and it installs it)"
    fi
    command -v apt-get >/dev/null 2>&1 || fail_early "pdftoppm not found and apt-get is not available to install it"
    echo "no pdftoppm found; installing the Debian 'poppler-utils' package (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get update -q || fail_early "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends \
        poppler-utils || fail_early "could not install poppler-utils"
    command -v pdftoppm >/dev/null 2>&1 || fail_early "poppler-utils was installed but pdftoppm is missing"
fi
echo "pdftoppm: $(command -v pdftoppm)"

# --- Build ------------------------------------------------------------------------------------------
step "dotnet tool restore"
dotnet tool restore || fail_early "dotnet tool restore failed"

step "dotnet build $TARGET -c $CONFIGURATION"
dotnet build "$TARGET" -c "$CONFIGURATION" || fail_early "build failed"

step "dotnet format $TARGET --verify-no-changes"
format_failed=0
if dotnet format "$TARGET" --verify-no-changes --no-restore; then
    echo "formatting OK"
else
    format_failed=1
    echo "test.sh: formatting violations (fix with: dotnet format $TARGET); running the tests anyway" >&2
fi

# --- Test -------------------------------------------------------------------------------------------
step "dotnet test ${TEST_TARGET_ARGS[*]} -c $CONFIGURATION --no-build $*"
set +e
dotnet test "${TEST_TARGET_ARGS[@]}" -c "$CONFIGURATION" --no-build "$@" 2>&1 | tee "$TEST_LOG"
test_status=${PIPESTATUS[0]}
set -e

notes=()
if read -r total failed succeeded skipped errors < <(parse_summary "$TEST_LOG"); then
    passed=$succeeded
    failed_total=$((failed + errors))
    if [ "$errors" -gt 0 ]; then
        notes+=("$errors test module(s) reported an error (test host crashed, or a test project ran zero tests): counted as failures")
    fi
else
    passed=0
    skipped=0
    failed_total=0
    notes+=("could not find the 'Test run summary' in the dotnet test output")
fi
if [ "$test_status" -ne 0 ] && [ "$failed_total" -eq 0 ]; then
    failed_total=1
    notes+=("dotnet test exited with status $test_status but reported no failed test (zero tests ran? crash?): counted as 1 failure")
fi
if [ "$format_failed" = 1 ]; then
    failed_total=$((failed_total + 1))
    notes+=("dotnet format --verify-no-changes failed: counted as 1 failure")
fi

status=0
if [ "$test_status" -ne 0 ]; then
    status=$test_status
elif [ "$failed_total" -gt 0 ]; then
    status=1
fi

# The names of the failed tests (with the first lines of each message) just above the summary, so that a CI
# page that keeps only the end of the output still says what failed.
failed_recap() {
    sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\r//g' "$1" |
        awk '
            /^[[:space:]]*failed [A-Za-z_]/ { print; keep = 8; next }
            keep > 0 && /Stack Trace:/ { keep = 0; next }
            keep > 0 { print; keep-- }
        ' | head -n 120
}
if [ "${failed:-0}" -gt 0 ]; then
    echo
    echo "Failed tests:"
    failed_recap "$TEST_LOG"
fi

echo
for note in "${notes[@]}"; do
    echo "test.sh: $note"
done
finish "$passed" "$failed_total" "$skipped" "$status"
