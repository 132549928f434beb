#!/usr/bin/env python3
"""Independent counts of the site audit's findings on a corpus, computed from the raw files
with PyYAML (no contentlint code): shared SEO titles, titles and descriptions (case and
whitespace folded), orphan pages (no other page's related link or Markdown link to a site
path leads to them), word counts, and pairs of answers whose 5-word shingle sets have a
Jaccard similarity of at least a threshold (exact, by prefix filtering over an inverted index).

    python3 bench/site_counts.py CONTENT_DIR [THRESHOLD] [--pairs FILE]

--pairs FILE writes the near-duplicate pairs, one "pathA<TAB>pathB<TAB>jaccard" a line, paths
relative to CONTENT_DIR's parent, for bench/site-audit.sh to compare with contentlint's.
"""
import collections, math, pathlib, re, sys, yaml

root = pathlib.Path(sys.argv[1])
args = [a for a in sys.argv[2:] if not a.startswith("--")]
threshold = float(args[0]) if args else 0.9
pairs_out = sys.argv[sys.argv.index("--pairs") + 1] if "--pairs" in sys.argv else None
if pairs_out in args:
    args.remove(pairs_out)

LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
WORD = re.compile(r"[^\W_]+")
MARKUP = re.compile(r"\]\([^)]*\)|<[^>\n]*>|&[A-Za-z0-9#]+;")

def fold(value):
    return " ".join(str(value).split()).lower() if value is not None and str(value).strip() else None

pages = {}
for path in sorted(root.rglob("*.md")):
    text = path.read_text(encoding="utf-8")
    end = text.find("\n---", 4)
    front = yaml.load(text[4:end], Loader=yaml.CSafeLoader)
    body = text[text.find("\n", end + 1) + 1:]
    pages[str(path.relative_to(root.parent))] = (front, body)

def groups(key):
    by = collections.defaultdict(list)
    for path, (front, _) in pages.items():
        value = key(front)
        if value:
            by[value].append(path)
    shared = [g for g in by.values() if len(g) > 1]
    return sum(len(g) for g in shared), len(shared)

print(f"pages: {len(pages)}")
print("duplicate-seo-title: %d pages in %d groups" % groups(lambda f: fold((f.get("seo") or {}).get("title"))))
print("duplicate-title: %d pages in %d groups" % groups(lambda f: fold(f.get("title"))))
print("  (by question: %d pages in %d groups)" % groups(lambda f: fold(f.get("question"))))
print("duplicate-description: %d pages in %d groups"
      % groups(lambda f: fold((f.get("seo") or {}).get("page_description"))))

def site_path(target):
    target = re.sub(r"[?#].*$", "", target)
    return target[:-1] if len(target) > 1 and target.endswith("/") else target

urls = {}
for path, (front, _) in pages.items():
    urls.setdefault(str(front.get("url", "")).strip(), []).append(path)
inbound = collections.Counter()
markdown_links = 0
for path, (front, body) in pages.items():
    targets = set()
    for key, value in front.items():
        if key.startswith("related_article") and isinstance(value, dict) and value.get("url"):
            targets.add(str(value["url"]).strip())
    for text in (str(front.get("answer") or ""), body):
        for target in LINK.findall(text.replace("\\n", "\n")):
            if target.startswith("/") and not target.startswith("//"):
                targets.add(site_path(target))
                markdown_links += 1
    for target in targets:
        for linked in urls.get(target, []):
            if linked != path:
                inbound[linked] += 1
orphans = [p for p in pages if inbound[p] == 0]
print(f"orphan-page: {len(orphans)} pages ({markdown_links} Markdown links to site paths)")
histogram = collections.Counter(min(inbound[p], 10) for p in pages)
print("inbound links per page (10 = 10 or more):", dict(sorted(histogram.items())))

def words(front, body):
    text = str(front.get("answer") or "") + "\n" + body
    text = text.replace("\\n", "\n")
    return WORD.findall(MARKUP.sub(" ", text).lower())

tokens = {p: words(f, b) for p, (f, b) in pages.items()}
counts = sorted(len(t) for t in tokens.values())
for limit in (100, 150, 200, 250, 300):
    print(f"answers under {limit} words: {sum(1 for c in counts if c < limit)}")
print("word count percentiles (1, 5, 10, 50):",
      [counts[int(len(counts) * q)] for q in (0.01, 0.05, 0.10, 0.5)])

# Exact Jaccard >= threshold: sort each set by global rarity; two sets of sizes a <= b reach
# the threshold only if b * threshold <= a, and only if they share one of the first
# |s| - ceil(threshold * |s|) + 1 shingles of each (prefix filtering).
def shingles(ws):
    if not ws:
        return set()
    if len(ws) < 5:
        return {" ".join(ws)}
    return {" ".join(ws[i:i + 5]) for i in range(len(ws) - 4)}

sets = {p: shingles(t) for p, t in tokens.items()}
frequency = collections.Counter(s for v in sets.values() for s in v)
ordered = {p: sorted(v, key=lambda s: (frequency[s], s)) for p, v in sets.items() if v}
index = collections.defaultdict(list)
found = []
for p in sorted(ordered, key=lambda p: len(ordered[p])):
    s = ordered[p]
    prefix = len(s) - math.ceil(threshold * len(s)) + 1
    candidates = set()
    for shingle in s[:prefix]:
        for q in index[shingle]:
            candidates.add(q)
        index[shingle].append(p)
    a = sets[p]
    for q in candidates:
        b = sets[q]
        if len(b) < threshold * len(a):
            continue
        j = len(a & b) / len(a | b)
        if j >= threshold:
            found.append((min(p, q), max(p, q), j))
found.sort()
print(f"near-duplicate pairs at J >= {threshold}: {len(found)} pairs, {len({x for f in found for x in f[:2]})} pages")
if pairs_out:
    with open(pairs_out, "w") as out:
        for a, b, j in found:
            out.write(f"{a}\t{b}\t{j:.6f}\n")
