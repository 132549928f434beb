#!/usr/bin/env bash
# Measures the first-day path of docs/ci.md on the real corpus (../shared/corpus beside this
# checkout), in a fresh git repository:
#
#   bench/adoption.sh [RUNS]
#
#   1. commit the whole site, record its baseline (`check --no-prose --update-baseline`) and
#      commit that too;
#   2. on a branch, edit three pages as CorpusAdoptionTest does: trailing spaces after a date,
#      a related link to a page that does not exist, a too-long SEO description made short;
#   3. check the whole site against the baseline, and the changed pages only
#      (`--changed-since main`), both as SARIF, RUNS times each (default 3).
# Prints the baseline's size (findings, entries, bytes, gzipped and in git's pack), each step's
# wall time (the median for step 3) and peak memory, and the results of each SARIF file.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}/adoption"
site="$work/site"
export CONTENTLINT_CACHE_DIR="$work/cache"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
"$home/bin/contentlint" --version >/dev/null  # builds the jar and its start-up archive if needed
rm -rf "$work"
mkdir -p "$site"
cd "$site"
tar -xJf "$tarball"
echo "corpus: $(find content -name '*.md' | wc -l) pages; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

git() { command git -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false "$@"; }

# timed LABEL COMMAND...: runs the command $runs times; prints the median wall time and the peak RSS.
timed() {
  local label="$1"; shift
  local times=() rss=0 wall kb
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || true
    read -r wall kb < <(tail -n 1 "$work/time.txt")
    times+=("$wall")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  printf '%-44s median %6.2f s  (runs: %s)  peak RSS %d MB\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "${times[*]}" $((rss / 1024))
}

git init -q -b main
git config gc.auto 0  # no gc in the background: the one below measures the packed baseline
printf 'extends: default\n' >.contentlint.yaml
runs_saved=$runs; runs=1
timed "git add and commit the site" bash -c 'git -c user.name=bench -c user.email=bench@example.org add -A &&
  git -c user.name=bench -c user.email=bench@example.org commit -q -m "the site"'
timed "record the baseline (--update-baseline)" "$home/bin/contentlint" check --no-prose \
  --update-baseline .contentlint-baseline.json
runs=$runs_saved
grep -h 'records' "$work/err.txt"
git add .contentlint-baseline.json
git commit -q -m "contentlint baseline"
git gc -q
python3 - <<'PY'
import gzip, json, subprocess
path = ".contentlint-baseline.json"
data = open(path, "rb").read()
entries = json.loads(data)["findings"]
blob = subprocess.run(["git", "rev-parse", "main:" + path], capture_output=True, text=True).stdout.strip()
disk = subprocess.run(["git", "cat-file", "--batch-check=%(objectsize:disk)"], input=blob, capture_output=True,
                      text=True).stdout.strip()
print(f"baseline: {sum(e['count'] for e in entries):,} findings in {len(entries):,} entries; "
      f"{len(data):,} bytes, {len(gzip.compress(data, 9)):,} gzipped, {int(disk):,} in git's pack")
PY

git checkout -q -b edit-three-pages
python3 - <<'PY'
import json, re
entries = json.load(open(".contentlint-baseline.json"))["findings"]
rules = {}
for e in entries:
    rules.setdefault(e["file"], set()).add(e["rule"])
link = re.compile(r"\nrelated_article1:\n    id: \d+\n(?:    [^\n]*\n|        [^\n]*\n)*?    url: (/learn/[^\n]+)\n")
description = re.compile(r"\n  page_description: >-\n    ([^\n]*)\n")
chosen = {}
for path in sorted(rules):
    text = open(path, encoding="utf-8").read()
    long_description = description.search(text)
    if "described" not in chosen and "seo-description-length" in rules[path] and long_description \
            and len(long_description.group(1)) > 160:
        chosen["described"] = path
        text = text[:long_description.start(1)] + "A short summary of the question and its answer, of a length " \
            "that search results show in full." + text[long_description.end(1):]
    elif "linking" not in chosen and not any(r.startswith("related-link") for r in rules[path]) and link.search(text):
        chosen["linking"] = path
        m = link.search(text)
        text = text[:m.start(1)] + "/learn/economics/questions/a-page-that-was-never-written" + text[m.end(1):]
    elif "spaced" not in chosen and "trailing-whitespace" not in rules[path]:
        chosen["spaced"] = path
        text = re.sub(r"\ndate: ([^\n]*)\n", r"\ndate: \1   \n", text, count=1)
    else:
        continue
    open(path, "w", encoding="utf-8").write(text)
    if len(chosen) == 3:
        break
for role, path in sorted(chosen.items()):
    print(f"edited ({role}): {path}")
PY
git commit -q -am "edit three pages"

timed "whole site against the baseline (SARIF)" "$home/bin/contentlint" check --no-prose \
  --baseline .contentlint-baseline.json --format sarif --output "$work/pr.sarif"
grep -h 'suppressed' "$work/err.txt"
timed "--changed-since main against the baseline" "$home/bin/contentlint" check --no-prose \
  --baseline .contentlint-baseline.json --changed-since main --format sarif --output "$work/changed.sarif"
grep -h 'suppressed' "$work/err.txt"
for sarif in "$work/pr.sarif" "$work/changed.sarif"; do
  python3 - "$sarif" <<'PY'
import json, os, sys
run = json.load(open(sys.argv[1]))["runs"][0]
print(f"{os.path.basename(sys.argv[1])}: {len(run['results'])} results, {os.path.getsize(sys.argv[1]):,} bytes")
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    print(f"  {r['ruleId']} {loc['artifactLocation']['uri']}:{loc['region']['startLine']}")
PY
done
