#!/usr/bin/env bash
# Benchmarks contentlint on the real corpus (../shared/corpus beside this checkout).
#
#   bench/corpus.sh [RUNS]
#
# Prints, for RUNS runs each (default 3), the median wall time and the peak memory of:
#   1. the full structural check (every rule but prose) over the whole corpus;
#   2. a check of 3 pages, JVM start included (what a pre-commit hook costs), with the rules
#      that span pages reading the whole corpus's index, an audit with its HTML report, and an
#      audit with every rule on, the site audit's rules too;
#   3. for comparison, a Python + libyaml script that only parses the same front matter,
#      and markdownlint-cli2 (installed from npm into the bench folder) on the same files.
# Then the findings per rule of run 1, from its JSON output.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
"$home/bin/contentlint" --version >/dev/null  # builds the jar and its start-up archive if needed

# median_run LABEL COMMAND...: runs the command $runs times; prints median wall s and max RSS.
median_run() {
  local label="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || true
    read -r wall kb < <(tail -n 1 "$work/time.txt")  # after any "exited with status" line
    times+=("$wall")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-46s median %6.2f s  (runs: %s)  peak RSS %d MB\n' "$label" "$median" "${times[*]}" $((rss / 1024))
}

cd "$corpus"
pages=$(find content -name '*.md' | wc -l)
echo "corpus: $pages pages, $(du -sh content | cut -f1) on disk; $(nproc) cores"
echo

median_run "structural check, whole corpus (text)" "$home/bin/contentlint" check --no-prose content
runs_saved=$runs; runs=1
median_run "same, JSON report to a file (one run)" "$home/bin/contentlint" check --no-prose --format json --output "$work/findings.json" content
runs=$runs_saved
three=$(find content/learn/biology -name '*.md' | sort | head -n 3 || true)
# shellcheck disable=SC2086
median_run "check of 3 pages (JVM start included)" "$home/bin/contentlint" check --no-prose $three
# The rules that span pages index the whole corpus; its cache is warm from the runs above.
median_run "audit --no-prose with the HTML report" "$home/bin/contentlint" audit --no-prose --html "$work/audit.html" -o "$work/audit.txt"
# Every rule on: the default profile and the site audit's rules (bench/site-audit.sh checks their counts).
printf 'extends: [default, site]\n' >"$work/site.yaml"
"$home/bin/contentlint" audit --no-prose --config "$work/site.yaml" -o "$work/audit-site.txt" . >/dev/null 2>&1 || true  # warms the index cache
median_run "audit --no-prose, every rule on (site too)" "$home/bin/contentlint" audit --no-prose --config "$work/site.yaml" -o "$work/audit-site.txt" .

if python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
  cat >"$work/parse.py" <<'PY'
import pathlib, sys, yaml
n = 0
for path in pathlib.Path(sys.argv[1]).rglob("*.md"):
    text = path.read_text(encoding="utf-8")
    end = text.find("\n---", 4)
    yaml.load(text[4:end], Loader=yaml.CSafeLoader)
    n += 1
print(n)
PY
  median_run "python + libyaml, front matter parse only" python3 "$work/parse.py" content
else
  echo "python + libyaml: not available (pip install pyyaml), skipped"
fi

if command -v npm >/dev/null 2>&1; then
  if [ ! -x "$work/mdl/node_modules/.bin/markdownlint-cli2" ]; then
    npm install --no-save --no-audit --no-fund --prefix "$work/mdl" markdownlint-cli2@0.24.1 >/dev/null 2>&1
  fi
  median_run "markdownlint-cli2, same files" "$work/mdl/node_modules/.bin/markdownlint-cli2" "content/**/*.md"
else
  echo "markdownlint-cli2: npm not available, skipped"
fi

echo
echo "findings per rule (structural check):"
python3 - "$work/findings.json" <<'PY'
import collections, json, sys
data = json.load(open(sys.argv[1]))
counts = collections.Counter(f["ruleId"] for f in data["findings"])
pages = collections.defaultdict(set)
for f in data["findings"]:
    pages[f["ruleId"]].add(f["path"])
for rule, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"  {rule:28s} {n:8d} findings on {len(pages[rule]):6d} pages")
print(f"  {'total':28s} {sum(counts.values()):8d}")
PY
