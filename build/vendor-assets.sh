#!/usr/bin/env bash
# Copies the pinned front-end packages the public site needs into src/Wijkpeil.Web/wwwroot/vendor.
# The copies are committed, so building and running Wijkpeil never needs Node; only whoever updates
# a version runs this script (with npm). Running it twice gives the same files.
#
# To update: change a version below, run the script, replace that package's integrity with the one the
# error message reports after checking the release notes, run it again and commit wwwroot/vendor.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/src/Wijkpeil.Web/wwwroot/vendor"

# name|version|npm integrity (sha512, as the registry publishes it)|target folder|licence
packages=(
  "@utrecht/component-library-css|9.0.4|sha512-gVA7D6GfP9/+fzehkYLSBR+0UPUTA97PZmgvTYQE88lPQhHGMlUk8FjmCpLKRsRC9hAYd32JuF/KzG6fmBfjJA==|utrecht-component-library-css|EUPL-1.2"
  "@nl-design-system-unstable/voorbeeld-design-tokens|7.4.1|sha512-GNnapAn2mTIzXRcCvs0JMr4Bf9+ivUJ3zFBJLRT1SYpAYm2xPwptVxIM3k4WLJ0c59E9FfxsEBPJluGuAHUVvg==|voorbeeld-design-tokens|EUPL-1.2"
  "vega|6.4.0|sha512-rHXCq2LpEWCLMjXBEj7hocY9G0/i5TGYRayGGSj06VTF4+l2IG2Z7oeZKCjWbUh/7hTE/mVhbaOPB72wCElh6g==|vega|BSD-3-Clause"
  "vega-lite|6.5.0|sha512-fMXF6s0MrIg0UTWnLIfeFtgSLzVhyzSKobzGrh5rhS+mL6FOYFG3m7ouJ4U23gj65EK+gl9FIIT5w7wLNaAzkA==|vega-lite|BSD-3-Clause"
  "vega-embed|7.3.0|sha512-wQ8s5GaSzqoKgmRfbRolgBrjE2CP7ZKHXqH7NijxMqPjpdWxSs4Dn8tvp9g0giQvh2cK+3p56sxjWWM0wNngGw==|vega-embed|BSD-3-Clause"
)

# Files copied per target folder: "path in the package:name in the vendor folder".
declare -A files=(
  [utrecht-component-library-css]="dist/index.css:index.css LICENSE.md:LICENSE.md"
  [voorbeeld-design-tokens]="dist/theme.css:theme.css LICENSE.md:LICENSE.md"
  [vega]="build/vega.min.js:vega.min.js LICENSE:LICENSE"
  [vega-lite]="build/vega-lite.min.js:vega-lite.min.js LICENSE:LICENSE"
  [vega-embed]="build/vega-embed.min.js:vega-embed.min.js LICENSE:LICENSE"
)

fail() { echo "vendor-assets: $*" >&2; exit 1; }

command -v npm >/dev/null || fail "npm is needed to update the vendored assets (not to build or run Wijkpeil)"
command -v openssl >/dev/null || fail "openssl is needed to check the package integrity"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Everything is staged first and replaces wwwroot/vendor only when every package checked out, so a failed
# run leaves the committed files as they were.
staged="$work/vendor"
mkdir -p "$staged"
readme_rows=""
for entry in "${packages[@]}"; do
  IFS='|' read -r name version integrity target licence <<<"$entry"
  echo "vendor-assets: $name@$version"

  (cd "$work" && npm pack --silent "$name@$version" >"$work/pack.out") || fail "npm pack $name@$version failed"
  tarball="$work/$(tail -n 1 "$work/pack.out")"
  [[ -f "$tarball" ]] || fail "npm pack $name@$version did not produce a tarball"

  # npm checks the registry's integrity itself; this check pins it, so a republished tarball fails here.
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
  [[ "$actual" == "$integrity" ]] || fail "$name@$version has integrity $actual, pinned $integrity"

  unpacked="$work/$target"
  mkdir -p "$unpacked"
  tar -xzf "$tarball" -C "$unpacked"

  mkdir -p "$staged/$target"
  copied=""
  for pair in ${files[$target]}; do
    source_path="${pair%%:*}"
    vendor_name="${pair##*:}"
    [[ -f "$unpacked/package/$source_path" ]] || fail "$name@$version has no $source_path"
    cp "$unpacked/package/$source_path" "$staged/$target/$vendor_name"
    copied="$copied\`$target/$vendor_name\` ($source_path), "
  done
  readme_rows="$readme_rows| \`$name\` | $version | $licence | ${copied%, } |"$'\n'
done

cat >"$staged/README.md" <<README
# Vendored front-end assets

Written by \`build/vendor-assets.sh\`; do not edit these files by hand. They are committed so that
building and running Wijkpeil needs no Node: the site serves them from \`/vendor/...\`.

| Package | Version | Licence | Copied (from the package) |
|---|---|---|---|
$readme_rows
## Notes

- **Design tokens.** The site uses the NL Design System *voorbeeld* theme (EUPL-1.2): put the class
  \`voorbeeld-theme\` on the root element to get the \`--utrecht-*\` and \`--basis-*\` custom properties
  the component CSS reads. \`@utrecht/design-tokens\` is not vendored: its LICENSE.md states that
  these are proprietary assets of Gemeente Utrecht to which the open source licence does not apply.
  The theme names the fonts Noto Sans and Noto Serif but ships no font files; browsers fall back to
  their sans-serif/serif font.
- **Component CSS.** The package ships no minified build; \`index.css\` is copied as published.
- **Vega.** The three scripts are UMD bundles: load \`vega.min.js\`, \`vega-lite.min.js\` and
  \`vega-embed.min.js\` in that order as classic scripts; they define \`vega\`, \`vegaLite\` and
  \`vegaEmbed\` on \`window\`, which \`js/charts.js\` uses. The bundles include their own dependencies
  (d3 modules, ISC; vega-tooltip and vega-themes, BSD-3-Clause; fast-json-patch,
  json-stringify-pretty-compact, MIT; semver, ISC; tslib, 0BSD), each carrying its licence header
  where the authors kept one.
- The chart specifications (\`src/Wijkpeil.App/Charts\`) use the Vega-Lite major version vendored
  here in their \`\$schema\`; a test fails when the two drift apart.

## Updating

Change the version (and, after the first run reports it, the integrity) in \`build/vendor-assets.sh\`,
run \`build/vendor-assets.sh\`, check the site and the chart tests, and commit this folder.
README

# Replacing whole folders drops files that an older version of this script copied.
for entry in "${packages[@]}"; do
  IFS='|' read -r _ _ _ target _ <<<"$entry"
  rm -rf "${vendor:?}/$target"
done
mkdir -p "$vendor"
cp -R "$staged/." "$vendor/"

echo "vendor-assets: done, files in $vendor"
