#!/usr/bin/env bash
# Checks that a change to the code leaves every finding as it was: runs the structural check
# (every rule but prose) with the JSON report over the whole corpus, once with the jar built
# from a base commit and once with this checkout, and compares the two reports byte for byte.
# Findings are written in a defined order (path, position, rule), so no sorting is needed.
#
#   bench/compare-findings.sh [BASE_COMMIT] [SITE_ROOT]
#
# BASE_COMMIT defaults to where this branch left main (git merge-base HEAD main); SITE_ROOT (the folder that holds content/) defaults to the
# corpus that bench/corpus.sh unpacks. Exits 0 when the reports are identical, 1 otherwise.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:-$(git -C "$home" merge-base HEAD main)}"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
site="${2:-$work/corpus}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"

if [ -z "${2:-}" ] && [ ! -d "$site/content/learn" ]; then
  [ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
  mkdir -p "$site"
  tar -xJf "$tarball" -C "$site"
fi
[ -d "$site/content" ] || { echo "no content/ folder in $site" >&2; exit 2; }

mkdir -p "$work"
# shellcheck source=bench/base-build.sh
. "$home/bench/base-build.sh"
build_base "$home" "$work" "$base" # sets $commit and $build
"$home/bin/contentlint" --version >/dev/null # builds this checkout's jar if needed

# report LABEL JAR: the JSON report of the structural check, with the launcher's JVM flags.
report() {
  (cd "$site" && java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$2" \
    check --no-prose --format json --output "$work/findings-$1.json" content >/dev/null 2>"$work/err-$1.txt") || true
  grep -q '"findings"' "$work/findings-$1.json" || { cat "$work/err-$1.txt" >&2; exit 2; }
}
report base "$build/target/contentlint.jar"
report head "$home/target/contentlint.jar"

count=$(grep -c '"ruleId"' "$work/findings-head.json" || true)
if cmp -s "$work/findings-base.json" "$work/findings-head.json"; then
  echo "identical: $count findings, $(wc -c <"$work/findings-head.json") bytes of JSON (base ${commit:0:12})"
else
  echo "DIFFERENT from base ${commit:0:12}: $work/findings-base.json vs $work/findings-head.json" >&2
  diff "$work/findings-base.json" "$work/findings-head.json" | head -n 40 >&2 || true
  exit 1
fi
