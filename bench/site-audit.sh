#!/usr/bin/env bash
# The site audit on the real corpus, checked against counts made without contentlint.
#
#   bench/site-audit.sh [THRESHOLD_PERCENT...]     (default: 90 70)
#
# 1. bench/site_counts.py (PyYAML, its own tokenizer and an exact all-pairs Jaccard join by
#    prefix filtering) counts shared SEO titles, titles and descriptions, orphans, word counts
#    and near-duplicate pairs at each threshold;
# 2. contentlint checks the same pages with `extends: [default, site]` and each threshold;
# 3. the pairs that duplicate-content reports are compared with the exact ones: recall, precision
#    and the largest difference of similarity;
# 4. the audit is timed warm, then again after one page was edited, with its peak memory.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}/site"
corpus="$work/corpus"
thresholds=("${@:-90 70}")
[ "$#" -gt 0 ] || thresholds=(90 70)

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
"$home/bin/contentlint" --version >/dev/null
cd "$corpus"

for t in "${thresholds[@]}"; do
  printf 'extends: [default, site]\nrules:\n  duplicate-content: {severity: warning, options: {threshold: %s}}\n' "$t" \
    >"$work/site-$t.yaml"
  python3 "$home/bench/site_counts.py" content/learn "0.$t" --pairs "$work/pairs-$t.tsv" >"$work/counts-$t.txt"
  "$home/bin/contentlint" check --no-prose --config "$work/site-$t.yaml" --cache-dir "$work/cache" \
    --format json -o "$work/check-$t.json" content >/dev/null 2>&1 || true
  echo "== threshold $t%"
  cat "$work/counts-$t.txt"
  python3 - "$work/check-$t.json" "$work/pairs-$t.tsv" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))["findings"]
pages = collections.defaultdict(set)
values = collections.defaultdict(set)
reported = {}
for f in findings:
    pages[f["ruleId"]].add(f["path"])
    if "value" in f.get("properties", {}):
        values[f["ruleId"]].add(f["properties"]["value"])
    for similar in f.get("properties", {}).get("similar", []):
        reported[tuple(sorted((f["path"], similar["path"])))] = similar["similarity"]
for rule in ("duplicate-seo-title", "duplicate-title", "duplicate-description"):
    print(f"contentlint {rule}: {len(pages[rule])} pages in {len(values[rule])} groups")
for rule in ("orphan-page", "thin-content", "duplicate-content", "heading-structure", "link-text",
             "seo-title-width", "seo-description-width"):
    print(f"contentlint {rule}: {len(pages[rule])} pages")
exact = {}
for line in open(sys.argv[2]):
    a, b, j = line.rstrip("\n").split("\t")
    exact[tuple(sorted(("content/" + a, "content/" + b)))] = float(j)
found = set(reported) & set(exact)
print(f"near-duplicate pairs: exact {len(exact)}, reported {len(reported)}, both {len(found)}: "
      f"recall {len(found) / max(1, len(exact)):.4f}, precision {len(found) / max(1, len(reported)):.4f}, "
      f"largest similarity difference {max([abs(reported[p] - exact[p]) for p in found] or [0]):.4f}")
below = sorted(v for v in exact.values() if v < 1)
print(f"  exact pairs below 100%: {len(below)}" + (f", from {below[0]:.3f}" if below else ""))
PY
done

echo "== audit --no-prose, every rule on: index cache cold, warm, after editing one page, warm again"
page=$(find content/learn/physics -name '*.md' | sort | head -n 1 || true)
cp "$page" "$work/page.bak"
for run in cold warm edited warm-again; do
  [ "$run" = cold ] && rm -rf "$work/cache"
  [ "$run" = edited ] && sed -i 's/^answer: >-$/answer: >-\n    An edited first line./' "$page"
  /usr/bin/time -f "%e %U %M" -o "$work/time.txt" "$home/bin/contentlint" audit --no-prose \
    --config "$work/site-90.yaml" --cache-dir "$work/cache" -o "$work/audit.txt" . >/dev/null 2>&1 || true
  read -r wall user kb < <(tail -n 1 "$work/time.txt")
  printf '  %-11s %6.2f s wall  %6.2f s user  peak RSS %d MB\n' "$run" "$wall" "$user" $((kb / 1024))
done
cp "$work/page.bak" "$page"
