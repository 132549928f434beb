#!/usr/bin/env bash
# Measures what a site vocabulary made by `contentlint vocabulary` does to prose findings on
# pages it was not made from.
#
#   bench/vocabulary.sh [HELD_OUT] [SEED] [MIN_PAGES]
#
# Sets HELD_OUT pages of the full corpus aside (default 1,000, picked at random with SEED,
# default 7), makes a vocabulary from the other pages (words used on at least MIN_PAGES of
# them, default 3), and checks the held-out pages with the default profile without its own
# vocabulary, then with the new one. Prints the grammar and spelling findings of each run and
# the pages they are on, and the most frequent spelling findings that remain.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
held_out="${1:-1000}"
seed="${2:-7}"
min_pages="${3:-3}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
split="$work/vocabulary-split"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
"$home/bin/contentlint" --version >/dev/null  # builds the jar if needed

rm -rf "$split" && mkdir -p "$split/held-out" "$split/rest"
(cd "$corpus" && find content -name '*.md' | sort) \
  | awk -v seed="$seed" 'BEGIN { srand(seed) } { printf "%.12f\t%s\n", rand(), $0 }' | sort -n | cut -f2 \
  | awk -v n="$held_out" -v dir="$split" '{ print (NR <= n ? dir "/held-out" : dir "/rest") "\t" $0 }' \
  | while IFS=$'\t' read -r side page; do
      mkdir -p "$side/$(dirname "$page")" && ln "$corpus/$page" "$side/$page" 2>/dev/null || cp "$corpus/$page" "$side/$page"
    done

# The default profile without its shipped vocabulary, which was made from all the pages.
for side in rest held-out; do
  { echo "extends: []"; grep -v '^  vocabulary: default-vocabulary.txt$' "$home/rules/default.yaml"; } > "$split/$side/profile.yaml"
done
sed "s|^  words: \[QuickTakes\]\$|&\n  vocabulary: $split/vocabulary.txt|" "$split/held-out/profile.yaml" \
  > "$split/held-out/with-vocabulary.yaml"
grep -q "^  vocabulary: " "$split/held-out/with-vocabulary.yaml" || { echo "rules/default.yaml changed: fix $0" >&2; exit 2; }

(cd "$split/rest" && "$home/bin/contentlint" vocabulary --config profile.yaml --min-pages "$min_pages" \
  -o "$split/vocabulary.txt" content)

count() {  # count LABEL REPORT
  python3 - "$1" "$2" <<'PY'
import collections, json, sys
label, report = sys.argv[1], sys.argv[2]
findings = [f for f in json.load(open(report))["findings"] if f["ruleId"] in ("grammar", "spelling")]
pages = collections.defaultdict(set)
for f in findings:
    pages[f["ruleId"]].add(f["path"])
spelling = collections.Counter(f["excerpt"] for f in findings if f["ruleId"] == "spelling")
print(f"{label}: grammar {sum(f['ruleId'] == 'grammar' for f in findings)} findings on {len(pages['grammar'])} pages,"
      f" spelling {sum(f['ruleId'] == 'spelling' for f in findings)} on {len(pages['spelling'])},"
      f" pages with either {len(pages['grammar'] | pages['spelling'])}")
print("   most frequent spelling findings: " + ", ".join(f"{w} ({n})" for w, n in spelling.most_common(12)))
PY
}
for run in profile with-vocabulary; do
  (cd "$split/held-out" && "$home/bin/contentlint" check --config "$run.yaml" --no-cache --format json \
    -o "$split/$run.json" content >/dev/null 2>&1 || true)
done
echo "held-out pages: $held_out (seed $seed); vocabulary: $(grep -cv '^#' "$split/vocabulary.txt") words"
count "default profile without a vocabulary" "$split/profile.json"
count "with the vocabulary of the other pages" "$split/with-vocabulary.json"
