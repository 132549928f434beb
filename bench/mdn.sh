#!/usr/bin/env bash
# Measures contentlint on a second real site, the MDN sample (../shared/corpus-mdn beside this
# checkout; docs/examples-mdn.md):
#
#   bench/mdn.sh
#
#   1. without a configuration (the default profile, which does not fit);
#   2. with the shipped MDN profile (`extends: mdn`);
#   3. with the profile that `contentlint init --no-vocabulary` infers from the pages.
# Each step runs `check --no-prose --no-cache` on all 2,215 pages and prints its wall time and
# its findings by rule.
#
#   bench/mdn.sh --inventory
#
# runs the MDN profile on the whole of MDN instead (MdnInventoryTest builds the same trees): every
# page of mdn/content with its front matter, from the npm package @ddbeck/mdn-content-inventory
# (`npm pack`, once), then the same with the sample's four sections and their bodies put in.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tarball="$home/../shared/corpus-mdn/mdn-content-sample.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}/mdn"
[ -f "$tarball" ] || { echo "no MDN sample at $tarball" >&2; exit 2; }
(cd "$home" && mvn -B -ntp -o -q -DskipTests -Dsarif.skip=true package)
jar="$home/target/contentlint.jar"

rm -rf "$work" && mkdir -p "$work" && tar xJf "$tarball" -C "$work"
site="$work/mdn-content"

by_rule() {
  python3 -c 'import json, sys, collections
findings = json.load(open(sys.argv[1]))["findings"]
pages = len({f["path"] for f in findings})
print(f"  {len(findings):,} findings on {pages:,} pages")
for rule, n in collections.Counter(f["ruleId"] for f in findings).most_common():
    print(f"  {n:>8,}  {rule}")' "$1"
}

step() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  (cd "$site" && java -jar "$jar" check --no-prose --no-cache --format json -o "$work/$name.json" "$@" >/dev/null 2>"$work/$name.err") || true
  end=$(date +%s.%N)
  printf '%s: %.1f s\n' "$name" "$(echo "$end - $start" | bc)"
  grep -h "files checked" "$work/$name.err" | sed 's/^/  /' || true
  grep -h "does not fit" "$work/$name.err" | sed 's/^/  /' || true
  by_rule "$work/$name.json"
}

if [ "${1:-}" = --inventory ]; then
  (cd "$home" && mvn -B -ntp -o -q -Dsarif.skip=true test-compile)
  cache="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}/mdn-inventory"
  build() {
    java -cp "$home/target/test-classes:$home/target/classes:$home/target/lib/*" \
      dev.contentlint.rules.MdnInventory "$cache" "$@"
    echo 'extends: mdn' > "$1/.contentlint.yaml"
  }
  site="$work/inventory"; build "$site"
  step inventory
  site="$work/inventory-with-sample"; build "$site" "$work/mdn-content"
  step inventory-with-sample
  exit 0
fi

step no-configuration
echo 'extends: mdn' > "$site/.contentlint.yaml"
step mdn-profile
rm "$site/.contentlint.yaml"
(cd "$site" && java -jar "$jar" init --no-vocabulary >/dev/null)
step init-profile
