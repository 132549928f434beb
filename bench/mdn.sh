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
  grep -h "does not fit" "$work/$name.err" | sed 's/^/  /' || true
  by_rule "$work/$name.json"
}

step no-configuration
echo 'extends: mdn' > "$site/.contentlint.yaml"
step mdn-profile
rm "$site/.contentlint.yaml"
(cd "$site" && java -jar "$jar" init --no-vocabulary >/dev/null)
step init-profile
