#!/usr/bin/env bash
# Measures the HTML report of an audit of the whole real corpus: its size, and how long
# headless Chromium takes to load it.
#
#   bench/html-report.sh [RUNS]
#
# Writes the report with `audit --no-prose --html` over ../shared/corpus (unpacked as
# bench/corpus.sh unpacks it), then, RUNS times each (default 3), loads it in Chromium and prints
# the median of:
#   - the time the report's script records when the table is ready (navigation start to the
#     rows listed: parsing, the data, the first screenful), read from the dumped DOM;
#   - the wall time of a headless screenshot (start, load, layout, paint) minus that of a
#     blank page, so that Chromium's own start is left out.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
corpus="$work/corpus"
chromium="${CHROMIUM:-/usr/bin/chromium}"

[ -x "$chromium" ] || { echo "no Chromium at $chromium (set CHROMIUM)" >&2; exit 2; }
[ -d "$corpus/content/learn" ] || [ -f "$tarball" ] || { echo "no corpus at $tarball" >&2; exit 2; }
if [ ! -d "$corpus/content/learn" ]; then
  mkdir -p "$corpus"
  tar -xJf "$tarball" -C "$corpus"
fi
"$home/bin/contentlint" --version >/dev/null  # builds the jar if needed

report="$work/audit.html"
blank="$work/blank.html"
echo '<!DOCTYPE html><html><body>blank</body></html>' >"$blank"
(cd "$corpus" && /usr/bin/time -f "%e %M" -o "$work/time.txt" "$home/bin/contentlint" audit --no-prose \
  --html "$report" -o /dev/null . 2>/dev/null) || true
read -r wall kb < <(tail -n 1 "$work/time.txt")
printf 'audit of %d pages with the HTML report: %s s, peak RSS %d MB\n' \
  "$(find "$corpus/content" -name '*.md' | wc -l)" "$wall" $((kb / 1024))
printf 'report: %s bytes (%s MB), %s bytes gzipped\n' "$(stat -c %s "$report")" \
  "$(awk "BEGIN {printf \"%.1f\", $(stat -c %s "$report") / 1e6}")" "$(gzip -c "$report" | wc -c)"

# chromium_run OUT ARGS...: one headless Chromium with a fresh profile; prints its wall time in s.
chromium_run() {
  local out="$1"; shift
  local profile
  profile="$(mktemp -d)"
  /usr/bin/time -f "%e" -o "$work/chromium-time.txt" "$chromium" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --no-first-run --user-data-dir="$profile" "$@" >"$out" 2>/dev/null || true
  rm -rf "$profile"
  tail -n 1 "$work/chromium-time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ready=() shot=()
for _ in $(seq "$runs"); do
  chromium_run "$work/dom.html" --dump-dom "file://$report" >/dev/null
  ms=$(grep -o 'data-ready-ms="[0-9]*"' "$work/dom.html" | grep -o '[0-9]*' || echo "none")
  ready+=("$ms")
  base=$(chromium_run /dev/null --window-size=1280,900 --screenshot="$work/blank.png" "file://$blank")
  full=$(chromium_run /dev/null --window-size=1280,900 --screenshot="$work/report.png" "file://$report")
  shot+=("$(awk "BEGIN {printf \"%.2f\", $full - $base}")")
done
echo "table ready (the report's own clock): median $(printf '%s\n' "${ready[@]}" | median) ms  (runs: ${ready[*]})"
echo "screenshot, minus a blank page's:     median $(printf '%s\n' "${shot[@]}" | median) s  (runs: ${shot[*]})"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
