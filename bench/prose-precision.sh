#!/usr/bin/env bash
# Measures how many prose findings are true, on real pages whose findings were judged by hand.
#
#   bench/prose-precision.sh SET [JAR]
#
# SET names a labelled set in prose-eval/: pages-SET.txt lists its pages (paths in the corpus),
# labels-SET.tsv its judged findings (see prose-eval/README.md). The script checks those pages
# with the default profile (this checkout's bin/contentlint, or JAR), then prints:
#  - per rule and per LanguageTool rule, the findings that match a label, by verdict, and the
#    precision: true / (true + false), debatable findings set aside;
#  - the labelled true findings that are no longer reported;
#  - the findings that no label matches, as label lines with the verdict "?", to judge and add.
# A finding matches a label by page, line, column, rule, LanguageTool rule and flagged text.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_name="${1:?usage: bench/prose-precision.sh SET [JAR]}"
jar="${2:-}"
pages="$home/prose-eval/pages-$set_name.txt"
labels="$home/prose-eval/labels-$set_name.tsv"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
pages_dir="$work/precision-$set_name"

[ -f "$pages" ] || { echo "no page list $pages" >&2; exit 2; }
[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
rm -rf "$pages_dir" && mkdir -p "$pages_dir"
while read -r page; do
  mkdir -p "$pages_dir/$(dirname "$page")" && cp "$corpus/$page" "$pages_dir/$page"
done < "$pages"

report="$work/precision-$set_name.json"
if [ -n "$jar" ]; then
  (cd "$pages_dir" && java -XX:+UseSerialGC -jar "$jar" check --no-cache --format json -o "$report" content >/dev/null 2>&1 || true)
else
  (cd "$pages_dir" && "$home/bin/contentlint" check --no-cache --format json -o "$report" content >/dev/null 2>&1 || true)
fi

python3 - "$report" "$labels" <<'PY'
import collections, csv, json, os, sys
report, labels_path = sys.argv[1], sys.argv[2]
findings = [f for f in json.load(open(report))["findings"] if f["ruleId"] in ("grammar", "spelling")]
labels = {}
if os.path.exists(labels_path):
    with open(labels_path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["page"], row["line"], row["column"], row["rule"], row["languagetool_rule"], row["flagged"])
            labels[key] = row

def key(f):
    flagged = f["excerpt"].replace("\t", " ").replace("\n", " ")
    return (f["path"], str(f["line"]), str(f["column"]), f["ruleId"], f["properties"]["languagetoolRule"], flagged)

found = collections.defaultdict(collections.Counter)
unlabelled, seen = [], set()
for f in findings:
    k = key(f)
    seen.add(k)
    row = labels.get(k)
    verdict = row["verdict"] if row else "?"
    if not row:
        unlabelled.append(k)
    found[("rule", f["ruleId"])][verdict] += 1
    found[("languagetool", f["properties"]["languagetoolRule"])][verdict] += 1

def line(name, c):
    judged = c["true"] + c["false"]
    precision = f"{100 * c['true'] / judged:5.1f}%" if judged else "    -"
    return (f"{name:42} {sum(c.values()):4} findings: {c['true']:3} true {c['false']:3} false"
            f" {c['debatable']:3} debatable {c['?']:3} unjudged  precision {precision}")

print(f"{len(findings)} prose findings on {len({f['path'] for f in findings})} pages; {len(labels)} labels")
for kind in ("rule", "languagetool"):
    print(f"-- per {'rule' if kind == 'rule' else 'LanguageTool rule'}")
    for (k, name), c in sorted(found.items(), key=lambda item: (-sum(item[1].values()), item[0][1])):
        if k == kind:
            print(line(name, c))
lost = [row for k, row in labels.items() if row["verdict"] == "true" and k not in seen]
print(f"-- labelled true findings no longer reported: {len(lost)}")
for row in lost:
    print("\t".join([row["page"], row["line"], row["column"], row["rule"], row["languagetool_rule"], row["flagged"]]))
print(f"-- findings without a label: {len(unlabelled)}")
for k in unlabelled:
    print("\t".join(k) + "\t?\t")
PY
