#!/usr/bin/env bash
# Compares the prose-checking time of two builds on the same pages, run alternately so that
# the machine's load falls on both alike.
#
#   bench/prose-ab.sh OLD_JAR NEW_JAR [PAGES] [ROUNDS]
#
# Checks the first PAGES pages (default 150, in path order) of prose-eval/pages-tune.txt with
# `check --no-cache` and the default profile, ROUNDS times (default 3) with each jar, old
# first, and prints each run's wall and CPU seconds, then the median of each build. The jars
# are run as built (each with its lib/ folder beside it), with both JIT compilers.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="${1:?usage: bench/prose-ab.sh OLD_JAR NEW_JAR [PAGES] [ROUNDS]}"
new="${2:?usage: bench/prose-ab.sh OLD_JAR NEW_JAR [PAGES] [ROUNDS]}"
count="${3:-150}"
rounds="${4:-3}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
pages_dir="$work/prose-ab"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
rm -rf "$pages_dir" && mkdir -p "$pages_dir"
head -n "$count" "$home/prose-eval/pages-tune.txt" | while read -r page; do
  mkdir -p "$pages_dir/$(dirname "$page")" && cp "$corpus/$page" "$pages_dir/$page"
done
chars=$(cat "$pages_dir"/content/learn/*/*.md | wc -c)
echo "$count pages, $chars bytes; $(nproc) cores"

results="$work/prose-ab.txt"
: > "$results"
for round in $(seq "$rounds"); do
  for build in old new; do
    jar=$([ "$build" = old ] && echo "$old" || echo "$new")
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" \
      java -XX:+UseSerialGC -jar "$jar" check --no-cache --format json -o "$work/prose-ab-$build.json" \
      "$pages_dir/content" >/dev/null 2>&1 || true
    read -r wall user sys < <(tail -n 1 "$work/time.txt")
    cpu=$(echo "$user + $sys" | bc)
    printf 'round %d %s: %6.1f s wall %6.1f s CPU\n' "$round" "$build" "$wall" "$cpu"
    echo "$build $wall $cpu" >> "$results"
  done
done
for build in old new; do
  grep "^$build " "$results" | awk '{print $2, $3}' | sort -n | awk -v b="$build" \
    '{w[NR]=$1} {c[NR]=$2} END {m=int((NR+1)/2); printf "%s: median %.1f s wall\n", b, w[m]}'
  grep "^$build " "$results" | awk '{print $3}' | sort -n | awk -v b="$build" \
    '{c[NR]=$1} END {m=int((NR+1)/2); printf "%s: median %.1f s CPU\n", b, c[m]}'
done
