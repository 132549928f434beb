#!/usr/bin/env bash
# Measures the SARIF report of the whole real corpus against GitHub code scanning's limits
# (docs/ci.md, "GitHub's limits"): results, left-out counts, bytes, gzipped bytes, bytes per
# result, time and peak memory, and runs the SARIF Multitool over it.
#
#   bench/sarif-limits.sh [CORPUS_ROOT]     (default: ../shared/corpus unpacked, as bench/corpus.sh does)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${CONTENTLINT_BENCH_DIR:-${TMPDIR:-/tmp}/contentlint-bench}"
root="${1:-$work/corpus}"
tarball="$home/../shared/corpus/quicktakes-content-learn.tar.xz"
if [ ! -d "$root/content/learn" ]; then
  [ -f "$tarball" ] || { echo "no corpus at $root nor $tarball" >&2; exit 2; }
  mkdir -p "$root" && tar -xJf "$tarball" -C "$root"
fi
"$home/bin/contentlint" --version >/dev/null  # builds the jar if needed
out="$work/sarif-limits"
mkdir -p "$out"
export JAVA_OPTS="${JAVA_OPTS:--Xmx8g}"

cd "$root"
/usr/bin/time -v -o "$out/json.time" "$home/bin/contentlint" check --no-prose --fail-on never --format json \
  -o "$out/run.json" 2>"$out/json.err" || true
/usr/bin/time -v -o "$out/sarif.time" "$home/bin/contentlint" check --no-prose --fail-on never --format sarif \
  -o "$out/run.sarif" 2>"$out/sarif.err" || true

python3 - "$out" <<'PY'
import gzip, json, os, re, sys
out = sys.argv[1]
sarif = os.path.join(out, "run.sarif")
run = json.load(open(sarif))["runs"][0]
results = run["results"]
notes = run["invocations"][0].get("toolExecutionNotifications", [])
left = sum(n["properties"]["leftOut"] for n in notes if "associatedRule" in n)
findings = json.load(open(os.path.join(out, "run.json")))["summary"]["findings"]
size = os.path.getsize(sarif)
zipped = len(gzip.compress(open(sarif, "rb").read(), 6))
def timing(name):
    text = open(os.path.join(out, name)).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", text).group(1)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) // 1024
    return f"{wall} wall, {rss} MB peak"
print(f"findings (json)      {findings}")
print(f"results + left out   {len(results)} + {left} = {len(results) + left}")
print(f"SARIF bytes          {size} ({size // max(1, len(results))} a result)")
print(f"gzipped bytes        {zipped} ({zipped // max(1, len(results))} a result)")
print(f"fixes / fixes cut    {sum('fixes' in r for r in results)} / "
      f"{sum(r.get('properties', {}).get('fixOmitted', False) for r in results)}")
print(f"json run             {timing('json.time')}")
print(f"sarif run            {timing('sarif.time')}")
PY

tool="$home/target/sarif-tool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -x "$tool" ]; then
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate "$out/run.sarif" --rule-kind "Gh;Sarif" \
    --level "Error;Warning" --max-file-size-in-kb 1000000 --output "$out/validation.sarif" --log ForceOverwrite >/dev/null
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]; print('Multitool findings  ', len(r['results']), '(run successful: %s)' % r['invocations'][0]['executionSuccessful'])" "$out/validation.sarif"
else
  echo "no SARIF Multitool at $tool (mvn generate-test-resources installs it)" >&2
fi
