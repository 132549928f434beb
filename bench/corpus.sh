#!/usr/bin/env bash
# Benchmarks contentlint on the real corpus (../shared/corpus beside this checkout).
#
#   bench/corpus.sh [RUNS]
#
# Prints, for RUNS runs each (default 3), the median wall time, the CPU time (user + system)
# and the peak memory of:
#   1. the full structural check (every rule but prose) over the whole corpus, alternated run
#      for run with a Python + libyaml script that only parses the same front matter, so that
#      both see the same load on a shared machine; then the ratio of their wall times;
#   2. a check of 3 pages, JVM start included (what a pre-commit hook costs), with the rules
#      that span pages reading the whole corpus's index, an audit with its HTML report, and an
#      audit with every rule on, the site audit's rules too, alternated with the Python parse
#      like the check, with the ratio of their wall times;
#   3. for comparison, markdownlint-cli2 (installed from npm into the bench folder) on the
#      same files; CONTENTLINT_BENCH_MARKDOWNLINT=skip leaves it out (it takes minutes).
# Then the findings per rule of the JSON run.
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

median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# timed COMMAND...: runs it once; sets wall (s), cpu (user + system, s) and kb (peak RSS).
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || true
  local user sys
  read -r wall user sys kb < <(tail -n 1 "$work/time.txt")  # after any "exited with status" line
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
}

# report LABEL WALLS CPUS MAX_KB: one line of medians.
report() {
  # shellcheck disable=SC2086
  printf '%-46s median %6.2f s  (runs: %s)  cpu %6.2f s  peak RSS %d MB\n' "$1" "$(median $2)" "$2" \
    "$(median $3)" $(($4 / 1024))
}

# median_run LABEL COMMAND...: runs the command $runs times; prints the medians and the peak RSS.
median_run() {
  local label="$1"; shift
  local walls="" cpus="" rss=0
  for _ in $(seq "$runs"); do
    timed "$@"
    walls="$walls $wall"; cpus="$cpus $cpu"
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  report "$label" "${walls# }" "${cpus# }" "$rss"
}

cd "$corpus"
pages=$(find content -name '*.md' | wc -l)
echo "corpus: $pages pages, $(du -sh content | cut -f1) on disk; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

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
have_python=false
python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null && have_python=true

# against_python LABEL COMMAND...: runs the command and the Python parse alternately, $runs times
# each, so that a change of load on a shared machine falls on both; prints both medians and the
# ratio of the wall times. Without Python + libyaml it prints the command's medians alone.
against_python() {
  local label="$1"; shift
  if ! $have_python; then
    median_run "$label" "$@"
    return
  fi
  local walls="" cpus="" rss=0 py_walls="" py_cpus="" py_rss=0 ratios="" own_wall
  for _ in $(seq "$runs"); do
    timed "$@"
    walls="$walls $wall"; cpus="$cpus $cpu"; [ "$kb" -gt "$rss" ] && rss="$kb"
    own_wall=$wall
    timed python3 "$work/parse.py" content
    py_walls="$py_walls $wall"; py_cpus="$py_cpus $cpu"; [ "$kb" -gt "$py_rss" ] && py_rss="$kb"
    ratios="$ratios $(awk -v c="$own_wall" -v p="$wall" 'BEGIN {printf "%.2f", c / p}')"
  done
  report "$label" "${walls# }" "${cpus# }" "$rss"
  report "python + libyaml, front matter parse only" "${py_walls# }" "${py_cpus# }" "$py_rss"
  # shellcheck disable=SC2086
  printf '%-46s median %6.2f    (pairs: %s)  ratio of the medians %.2f\n' "  / python, wall time" \
    "$(median $ratios)" "${ratios# }" \
    "$(awk -v c="$(median $walls)" -v p="$(median $py_walls)" 'BEGIN {print c / p}')"
}

$have_python || echo "python + libyaml: not available (pip install pyyaml), so no ratio"
against_python "structural check, whole corpus (text)" "$home/bin/contentlint" check --no-prose content
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
against_python "audit --no-prose, every rule on (site too)" "$home/bin/contentlint" audit --no-prose --config "$work/site.yaml" -o "$work/audit-site.txt" .

if [ "${CONTENTLINT_BENCH_MARKDOWNLINT:-}" = skip ]; then
  echo "markdownlint-cli2: skipped (CONTENTLINT_BENCH_MARKDOWNLINT=skip)"
elif command -v npm >/dev/null 2>&1; then
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
