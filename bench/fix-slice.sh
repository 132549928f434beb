#!/usr/bin/env bash
# Checks that a safe --fix creates no new findings, on a slice of the real corpus:
#
#   bench/fix-slice.sh CORPUS_ROOT [PAGES] [OLD_JAR]
#
# Copies the first PAGES pages (default 5000, in sorted order) of CORPUS_ROOT/content/learn
# into a temporary repository with the same layout and the default profile, then:
#   1. runs `check --no-prose --format json` (before), `check --no-prose --fix`, and the JSON
#      check again (after), and reports the findings after that were not there before,
#      compared by path, rule, field and excerpt (counted, so a second one of a kind is new;
#      in a field the fix rewrote, by path, rule and field, since the excerpt is new text);
#   2. with OLD_JAR (another build's jar), fixes a second copy with it and compares the
#      parsed value of every front-matter field of every page between the two fixed copies,
#      listing the differences by kind.
# Exits 1 when the findings after are not a subset of those before.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: bench/fix-slice.sh CORPUS_ROOT [PAGES] [OLD_JAR]}"
pages="${2:-5000}"
old_jar="${3:-}"
work="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-fix-slice.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$home/bin/contentlint" --version >/dev/null  # builds the jar if needed
(cd "$corpus" && find content/learn -name '*.md' | LC_ALL=C sort | sed -n "1,${pages}p") > "$work/list.txt"
copy() {
  mkdir -p "$1"
  (cd "$corpus" && tar cf - -T "$work/list.txt") | (cd "$1" && tar xf -)
  printf 'extends: default\n' > "$1/.contentlint.yaml"
}
copy "$work/new"

run() {  # run JAR DIR ARGS...: contentlint from DIR on content/
  local jar="$1" dir="$2"; shift 2
  (cd "$dir" && java -jar "$jar" check --no-prose "$@" content) || [ $? -eq 1 ]
}
jar="$home/target/contentlint.jar"
run "$jar" "$work/new" --format json > "$work/before.json"
start=$EPOCHREALTIME
run "$jar" "$work/new" --fix --format json > /dev/null 2> "$work/fix.err"
end=$EPOCHREALTIME
run "$jar" "$work/new" --format json > "$work/after.json"
echo "pages: $(wc -l < "$work/list.txt"); --fix: $(tail -n 1 "$work/fix.err") in $(python3 -c "print(f'{$end - $start:.1f}')") s"
grep -c 'fix not applied\|fixes not applied' "$work/fix.err" | sed 's/^/fix refusals and withheld fixes on stderr: /' || true
grep 'not applied' "$work/fix.err" | head -n 5 || true

if [ -n "$old_jar" ]; then
  copy "$work/old"
  run "$old_jar" "$work/old" --fix --format json > /dev/null 2> "$work/old-fix.err"
  echo "old build's --fix: $(tail -n 1 "$work/old-fix.err")"
  run "$jar" "$work/old" --format json > "$work/old-after.json"
fi

python3 - "$work" "$old_jar" <<'EOF'
import collections, json, os, sys
import yaml

work, old_jar = sys.argv[1], sys.argv[2]

def keys(name):
    with open(os.path.join(work, name), encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    return collections.Counter((f["path"], f["ruleId"], f["field"], f["excerpt"]) for f in findings), len(findings)

before, nb = keys("before.json")
after, na = keys("after.json")
# Where a fix rewrote a field, its findings quote the new text: one with a new excerpt is new
# only when the field now has more findings of its rule than before.
field = lambda c: collections.Counter(k[:3] for k in c.elements())
field_before = field(before)
field_after = field(after)
new = collections.Counter({k: n for k, n in (after - before).items() if field_after[k[:3]] > field_before[k[:3]]})
by_rule = lambda c: dict(sorted(collections.Counter(k[1] for k in c.elements()).items()))
print(f"findings before: {nb}, after: {na}")
print(f"before by rule: {by_rule(before)}")
print(f"after by rule:  {by_rule(after)}")
print(f"findings after that were not there before: {sum(new.values())}")
for k in list(new.elements())[:10]:
    print("  new:", k)
if old_jar:
    old_after, _ = keys("old-after.json")
    field_old = field(old_after)
    old_new = collections.Counter({k: n for k, n in (old_after - before).items() if field_old[k[:3]] > field_before[k[:3]]})
    print(f"for comparison, findings after the old build's --fix that were not there before: "
          f"{sum(old_new.values())} on {len({k[0] for k in old_new})} pages, by rule {by_rule(old_new)}")

if old_jar:
    def fields(root, path):
        with open(os.path.join(root, path), encoding="utf-8") as f:
            text = f.read()
        fm = text.split("\n---", 1)[0][4:] if text.startswith("---\n") else ""
        out = {}
        def walk(node, at):
            if isinstance(node, dict):
                for k, v in node.items():
                    walk(v, f"{at}.{k}" if at else str(k))
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, f"{at}[{i}]")
            else:
                out[at] = node
        walk(yaml.load(fm, Loader=yaml.CSafeLoader), "")
        return out

    def trailing_normalised(value):
        """The value with every line's trailing spaces dropped: what the two builds may differ by."""
        return "\n".join(line.rstrip(" \t") for line in value.split("\n"))

    kinds = collections.Counter()
    examples = {}
    with open(os.path.join(work, "list.txt")) as f:
        paths = [l.strip() for l in f]
    for path in paths:
        a, b = fields(os.path.join(work, "old"), path), fields(os.path.join(work, "new"), path)
        for field in sorted(set(a) | set(b)):
            va, vb = a.get(field), b.get(field)
            if va == vb:
                continue
            if isinstance(va, str) and isinstance(vb, str) and trailing_normalised(va) == trailing_normalised(vb):
                hard = any(l.endswith("  ") for l in vb.split("\n"))
                kind = f"{field}: trailing spaces only" + (", with a hard break kept as two spaces" if hard else "")
            else:
                kind = f"{field}: other"
            kinds[kind] += 1
            if isinstance(va, str) and isinstance(vb, str):
                i = next((i for i, (x, y) in enumerate(zip(va, vb)) if x != y), min(len(va), len(vb)))
                va, vb = va[max(0, i - 40):i + 30], vb[max(0, i - 40):i + 30]
            examples.setdefault(kind, (path, repr(va), repr(vb)))
    print(f"fields whose fixed value differs from the old build's: {sum(kinds.values())} "
          f"(pages compared: {len(paths)})")
    for kind, n in kinds.most_common():
        print(f"  {n:6d}  {kind}")
        print(f"          e.g. {examples[kind][0]}\n            old {examples[kind][1]}\n            new {examples[kind][2]}")

sys.exit(1 if new else 0)
EOF
