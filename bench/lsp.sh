#!/usr/bin/env bash
# Drives `contentlint lsp` like an editor on a workspace of the real corpus (the tarball in
# ../shared/corpus beside this checkout, 35,915 pages):
#
#   bench/lsp.sh [EDITS]
#
# Three server runs, each opening a page of 10,000 characters (bench/lsp-driver.py):
#   1. prose on, caches empty: the index is built from the pages, the page's prose checked;
#   2. prose on, caches as run 1 left them: the index comes from its cache;
#   3. --no-prose, caches warm.
# Each prints start-up to the first diagnostics; the time from didChange to the structural
# diagnostics after EDITS title edits (default 20), and for runs 1 and 2 to the prose
# diagnostics after EDITS one-sentence edits of the answer with LanguageTool loaded; and peak
# memory. The server runs with --debounce 0, so the times are those of checking and
# publishing; an editor adds the debounce (300 ms by default) after the last keystroke.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
edits="${1:-20}"
tarball="${CONTENTLINT_CORPUS_TARBALL:-$home/../shared/corpus/quicktakes-content-learn.tar.xz}"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}/lsp"
site="$work/site"

[ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
"$home/bin/contentlint" --version >/dev/null  # builds the jar and its start-up archive if needed
rm -rf "$work"
mkdir -p "$site"
tar -xJf "$tarball" -C "$site"
echo "corpus: $(find "$site/content" -name '*.md' | wc -l) pages; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  echo "== $1"
  shift
  python3 "$home/bench/lsp-driver.py" "$home/bin/contentlint" "$site" "$work/cache" "$edits" --debounce 0 "$@"
}
run "prose on, caches empty"
run "prose on, caches warm"
run "no prose, caches warm" --no-prose
