#!/usr/bin/env bash
# Benchmarks contentlint as a pre-commit hook on the real corpus (../shared/corpus beside this
# checkout): a git repository of its 36k pages with 3 changed pages staged.
#
#   bench/precommit.sh [RUNS]
#
# Prints, for RUNS runs each (default 10), the median and range of the wall time of:
#   1. check --staged --no-prose              (the staged versions, read from git's index)
#   2. check --no-prose PAGE PAGE PAGE        (what the contentlint hook runs)
#   3. pre-commit run, with a local hook that runs 2 (pre-commit's own cost included)
# Each run starts a new JVM; the index cache is warm after the first run (it is the
# steady state of a hook: one cold run after a checkout, then warm ones).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
repo="$work/precommit-repo"
export CONTENTLINT_CACHE_DIR="$work/precommit-cache"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
"$home/bin/contentlint" --version >/dev/null  # builds the jar and its start-up archive if needed

git_() { git -C "$repo" -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false "$@"; }
if [ ! -d "$repo/.git" ]; then
  echo "making a git repository of the corpus (once)..." >&2
  mkdir -p "$repo"
  tar -xJf "$tarball" -C "$repo"
  cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: local
    hooks:
      - id: contentlint
        name: contentlint
        entry: $home/bin/contentlint check
        language: system
        types: [markdown]
        args: [--no-prose]
        require_serial: true
YAML
  git_ init -q
  git_ add -A
  git_ commit -q -m corpus
fi
git_ reset -q --hard
mapfile -t pages < <(cd "$repo" && find content/learn/biology -name '*.md' | sort | head -n 3)
for page in "${pages[@]}"; do
  printf '\nOne more line of text.\n' >>"$repo/$page"
done
git_ add "${pages[@]}"
trap 'git_ reset -q --hard' EXIT

median_run() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || true
    times+=("$(tail -n 1 "$work/time.txt")")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-44s median %5.2f s  (min %s, max %s, %d runs)\n' "$label" \
    "$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' <<<"$sorted")" \
    "$(head -n 1 <<<"$sorted")" "$(tail -n 1 <<<"$sorted")" "$runs"
}

cd "$repo"
echo "corpus: $(git ls-files '*.md' | wc -l) pages in git, ${#pages[@]} staged; $(nproc) cores"
"$home/bin/contentlint" check --staged --no-prose >/dev/null 2>&1 || true  # warms the index cache
median_run "check --staged --no-prose" "$home/bin/contentlint" check --staged --no-prose
median_run "check --no-prose (3 pages, the hook's run)" "$home/bin/contentlint" check --no-prose "${pages[@]}"
if command -v pre-commit >/dev/null 2>&1; then
  median_run "pre-commit run (local hook, 3 staged pages)" pre-commit run
else
  echo "pre-commit: not installed, skipped"
fi
echo
echo "the hook's output, last run:"
cat "$work/out.txt"
