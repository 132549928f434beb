#!/usr/bin/env bash
# Compares the speed of the site audit with every rule on (`audit --no-prose` with
# `extends: [default, site]`) between a base commit and this checkout, on the corpus that
# bench/corpus.sh unpacks. The two builds run alternately, each with its own cache folder and its
# index cache warm, then the Python + libyaml parse of bench/corpus.sh, so that a change of load
# on a shared machine falls on all three. Prints wall time, CPU (user + system) and peak memory
# per round.
#
#   bench/audit-ab.sh BASE_COMMIT [ROUNDS]
#
# ROUNDS defaults to 5. The base is built in the bench folder (bench/base-build.sh).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:?usage: bench/audit-ab.sh BASE_COMMIT [ROUNDS]}"
rounds="${2:-5}"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
[ -d "$corpus/content/learn" ] && [ -f "$work/parse.py" ] || { echo "run bench/corpus.sh first: it unpacks the corpus" >&2; exit 2; }

# shellcheck source=bench/base-build.sh
. "$home/bench/base-build.sh"
build_base "$home" "$work" "$base" # sets $commit and $build
printf 'extends: [default, site]\n' >"$work/site.yaml"
cd "$corpus"

# Each build's every-rule audit, with its own cache folder.
base_audit=(env CONTENTLINT_CACHE_DIR="$work/ab-cache-base" "$build/bin/contentlint" audit --no-prose
  --config "$work/site.yaml" -o "$work/ab-audit.txt" .)
this_audit=(env CONTENTLINT_CACHE_DIR="$work/ab-cache-this" "$home/bin/contentlint" audit --no-prose
  --config "$work/site.yaml" -o "$work/ab-audit.txt" .)

# timed LABEL COMMAND...: runs it and prints "LABEL wall s, cpu s, MB".
timed() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/ab-time.txt" "$@" >/dev/null 2>&1 || true
  awk -v l="$label" '{printf "%s %.2f s, %.2f s CPU, %d MB", l, $1, $2 + $3, $4 / 1024}' <(tail -n 1 "$work/ab-time.txt")
}

"${base_audit[@]}" >/dev/null 2>&1 || true # warms each index cache
"${this_audit[@]}" >/dev/null 2>&1 || true
echo "every-rule audit, base ${commit:0:12} against this checkout ($(git -C "$home" rev-parse --short HEAD)); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  printf 'round %d: ' "$round"
  timed "base" "${base_audit[@]}"; printf ' | '
  timed "this" "${this_audit[@]}"; printf ' | '
  timed "python" python3 "$work/parse.py" content; echo
done
