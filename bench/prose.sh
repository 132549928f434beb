#!/usr/bin/env bash
# Benchmarks prose checking (grammar and spelling with LanguageTool).
#
#   bench/prose.sh [SLICE_PAGES]
#   bench/prose.sh --rules [PAGES] [SEED]
#
# 1. Prose throughput, in characters per second, of plain LanguageTool (a JLanguageTool with
#    its default rules, one thread) and of contentlint with 1 and 2 jobs, on the same texts in
#    the same JVM (ProseThroughput), on the sample corpus and on the slice.
# 2. Wall time of `check` with prose on, cold (empty cache) and fully cached, over the sample
#    corpus and over a slice of the full corpus (default 3,000 pages, sorted by path).
# 3. Wall time of `check` on one page whose answer was just edited, with an empty cache and
#    with a cache that holds everything else (JVM start included).
#
# With --rules it measures nothing: it prints the table of docs/prose.md, the LanguageTool
# rules that fire most on PAGES pages of the full corpus picked at random with SEED (default
# 400 and 1), and what the default profile reports there, with and without the spelling
# filter's edit distance test (ProseRuleCensus).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
census=false
if [ "${1:-}" = --rules ]; then
  census=true
  census_pages="${2:-400}"
  census_seed="${3:-1}"
  set --
fi
slice_pages="${1:-3000}"
shared="$home/../shared/corpus"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
slice="$work/slice"
cache="$work/prose-cache"

[ -d "$shared/sample" ] || { echo "no sample corpus at $shared/sample" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$shared/quicktakes-content-learn.tar.xz" -C "$corpus"
fi
if ! $census && { [ ! -d "$slice/content/learn" ] \
  || [ "$(find "$slice/content" -name '*.md' | wc -l)" -ne "$slice_pages" ]; }; then
  rm -rf "$slice"
  (cd "$corpus" && find content -name '*.md' | sort | awk -v n="$slice_pages" 'NR <= n' | while read -r f; do
    mkdir -p "$slice/$(dirname "$f")" && cp "$f" "$slice/$f"; done)
fi
"$home/bin/contentlint" --version >/dev/null  # builds the jar and its start-up archive if needed
(cd "$home" && mvn -B -ntp -q test-compile -Dsarif.skip=true \
  && mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-classpath.txt")
classpath="$home/target/test-classes:$home/target/classes:$(cat "$work/test-classpath.txt")"

if $census; then
  java -cp "$classpath" dev.contentlint.prose.ProseRuleCensus "$corpus" "$census_pages" "$census_seed"
  printf 'extends: [default]\nprose:\n  typo-distance: 0\n' > "$work/typo-distance-0.yaml"
  echo "-- the same, without the spelling filter's edit distance test (typo-distance: 0)"
  java -cp "$classpath" dev.contentlint.prose.ProseRuleCensus "$corpus" "$census_pages" "$census_seed" \
    "$work/typo-distance-0.yaml" | tail -n 3
  exit 0
fi

wall() {  # wall LABEL COMMAND...: one run, wall seconds and peak RSS
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || true
  read -r seconds kb < <(tail -n 1 "$work/time.txt")
  printf '%-58s %7.2f s  peak RSS %d MB\n' "$label" "$seconds" $((kb / 1024))
}

echo "machine: $(nproc) cores; sample: $(find "$shared/sample" -name '*.md' | wc -l) pages; slice: $slice_pages pages"
echo
echo "== throughput (ProseThroughput)"
echo "-- sample corpus"
java -cp "$classpath" dev.contentlint.bench.ProseThroughput "$shared/sample" 300
echo "-- slice, first 400 pages"
java -cp "$classpath" dev.contentlint.bench.ProseThroughput "$slice" 400
echo
echo "== check with prose on"
for target in "$shared/sample" "$slice"; do
  name=$([ "$target" = "$slice" ] && echo "slice" || echo "sample corpus")
  rm -rf "$cache"
  (cd "$target" && wall "$name: cold cache" "$home/bin/contentlint" check --cache-dir "$cache" --format json -o "$work/prose.json" .)
  (cd "$target" && wall "$name: fully cached" "$home/bin/contentlint" check --cache-dir "$cache" --format json -o "$work/prose.json" .)
  echo "   cache file: $(du -h "$cache"/prose-*.bin | cut -f1)"
done
echo
echo "== one edited page, JVM start included"
page=$(cd "$slice" && find content -name '*.md' | sort | awk 'NR == 1')
edited="$work/edited"
rm -rf "$edited" && mkdir -p "$edited" && cp -r "$slice/content" "$edited/"
sed -i 's/^answer: >-$/answer: >-\n    This sentence was added by an edit./' "$edited/$page"
rm -rf "$cache"
(cd "$edited" && wall "one edited page, cold cache" "$home/bin/contentlint" check --cache-dir "$cache" "$page")
rm -rf "$cache"
(cd "$slice" && "$home/bin/contentlint" check --cache-dir "$cache" -o /dev/null . 2>/dev/null || true)
(cd "$edited" && wall "one edited page, cache warm with the rest of the slice" "$home/bin/contentlint" check --cache-dir "$cache" "$page")
(cd "$edited" && wall "the same page again, now cached" "$home/bin/contentlint" check --cache-dir "$cache" "$page")
