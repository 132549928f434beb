#!/usr/bin/env bash
# Runs hostile and careless inputs against bin/contentlint and prints a table of case, expected,
# observed and pass. Everything happens in a temporary folder: device nodes are made there with
# mknod (as root), never in the system's /dev.
#
#   bench/hostile-input.sh            # prints the table; exits 1 if a case fails
set -uo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cl="$home/bin/contentlint"
work="$(mktemp -d)"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
"$cl" --version >/dev/null # builds the jar if needed

page() { # page FILE [TITLE]: a small valid page of the default profile's format
  mkdir -p "$(dirname "$1")"
  printf -- '---\ntitle: %s\nanswer: >-\n  Line one.\\nLine two.\n---\n' "${2:-A page}" >"$1"
}

site() { # a fresh site folder with a configuration that checks two rules
  rm -rf "$work/site"; mkdir -p "$work/site"
  printf 'extends: []\nrules:\n  escaped-newline: warning\n  trailing-whitespace: warning\n' >"$work/site/.contentlint.yaml"
  page "$work/site/a.md"
}

pass=0; fail=0
row() { # row NAME EXPECTED OBSERVED OK
  printf '%-44s | %-38s | %-38s | %s\n' "$1" "$2" "$3" "$4"
  if [ "$4" = pass ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}

# run: runs contentlint in the site with a 60 s limit; sets code, out (stdout+stderr).
run() { code=0; out="$(cd "$work/site" && timeout 60 "$cl" "$@" 2>&1)" || code=$?; }

expect() { # expect NAME CODE PATTERN: the run's exit code and a pattern its output must hold
  local seen="exit $code"
  if [ "$code" = 124 ]; then seen="hung (killed at 60 s)"; fi
  if [ "$code" = "$2" ] && grep -qE -- "$3" <<<"$out" && ! grep -q 'at dev\.contentlint\.' <<<"$out"; then
    row "$1" "exit $2, /$3/" "$seen" pass
  else
    row "$1" "exit $2, /$3/" "$seen: $(head -c 60 <<<"$out" | tr '\n' ' ')" FAIL
  fi
}

printf '%-44s | %-38s | %-38s | %s\n' case expected observed pass
printf '%s\n' "$(printf '%.0s-' {1..130})"

# ----- writing -----
if mknod "$work/null" c 1 3 2>/dev/null; then
  site; run check --no-prose --format json --output "$work/null" .
  [ -c "$work/null" ] && ok=pass || ok=FAIL; row "--output onto a character device" "device kept" "$(stat -c %F "$work/null")" $ok
  site; run audit --no-prose -o "$work/null" .
  [ -c "$work/null" ] && ok=pass || ok=FAIL; row "audit -o onto a character device" "device kept" "$(stat -c %F "$work/null")" $ok
fi
site; mkfifo "$work/fifo"; (cat "$work/fifo" >"$work/fifo.out" &); run check --no-prose --format json --output "$work/fifo" .
sleep 1; [ -p "$work/fifo" ] && grep -q escaped-newline "$work/fifo.out" && ok=pass || ok=FAIL
row "--output onto a FIFO" "FIFO kept, reader gets the report" "$(stat -c %F "$work/fifo"), $(wc -c <"$work/fifo.out") bytes read" $ok
site; echo old >"$work/target.json"; ln -sf "$work/target.json" "$work/link.json"; run check --no-prose --format json -o "$work/link.json" .
[ -L "$work/link.json" ] && grep -q escaped-newline "$work/target.json" && ok=pass || ok=FAIL
row "--output onto a symbolic link" "link kept, target written" "$(stat -c %F "$work/link.json")" $ok
site; run check --no-prose --format json -o "$work/site" .; expect "--output naming a folder" 2 "is a folder"
site; run check --no-prose --cache-dir "$work/site/a.md" .; expect "--cache-dir naming a file" 2 "is not a folder"

# ----- fixing -----
site; page "$work/outside.md"; ln -s "$work/outside.md" "$work/site/link.md"; before="$(cat "$work/outside.md")"
run check --no-prose --fix .
[ "$before" = "$(cat "$work/outside.md")" ] && grep -q "outside the checked root" <<<"$out" && ok=pass || ok=FAIL
row "--fix through a link out of the root" "outside file untouched, said so" "exit $code" $ok
site; chown 65534:65534 "$work/site/a.md" 2>/dev/null; chmod 4755 "$work/site/a.md"; run check --no-prose --fix .  # chown clears setuid: chmod after
seen="$(stat -c '%a %u:%g' "$work/site/a.md")"; [[ "$seen" == 4755* ]] && ! grep -q '\\n' "$work/site/a.md" && ok=pass || ok=FAIL
row "--fix keeps setuid, owner and group" "4755, fixed" "$seen" $ok
site; chown 65534:65534 "$work/site/a.md" 2>/dev/null; chmod 444 "$work/site/a.md"; run check --no-prose --fix .
grep -q 'Line one.\\nLine' "$work/site/a.md" && grep -q "read-only" <<<"$out" && ok=pass || ok=FAIL
row "--fix on another user's read-only page" "not written, said so" "exit $code" $ok

# ----- reading what is not a page -----
site; mkfifo "$work/site/words.txt"; printf 'extends: []\nprose:\n  vocabulary: words.txt\n' >"$work/site/.contentlint.yaml"
run check --no-prose .; expect "a FIFO as the vocabulary" 2 ":3:15: cannot read vocabulary file.*not a regular file"
site; ln -s /dev/zero "$work/site/words.txt"; printf 'extends: []\nprose:\n  vocabulary: words.txt\n' >"$work/site/.contentlint.yaml"
run check --no-prose .; expect "/dev/zero as the vocabulary" 2 "not a regular file"
site; mkfifo "$work/base.json"; run check --no-prose --baseline "$work/base.json" .; expect "a FIFO as the baseline" 2 "not a regular file"
site; ln -s /dev/zero "$work/site/zero.md"; mkfifo "$work/site/pipe.md"; run audit --no-prose --html "$work/r.html" -o "$work/r.txt" .
expect "FIFO and /dev/zero pages under audit --html" 0 ""
site; run check --no-prose --no-cache .; cache_dir="$work/cache"; run check --no-prose --cache-dir "$cache_dir" .
f="$(ls "$cache_dir"/index-*.bin 2>/dev/null | head -1)"
if [ -n "$f" ]; then
  printf '\x01' | dd of="$f" bs=1 seek=40 conv=notrunc 2>/dev/null; run check --no-prose --cache-dir "$cache_dir" --format json .
  expect "a flipped byte in the index cache" 0 '"findings" ?: ?1,'
fi

# ----- configuration -----
cfg() { site; printf '%b' "$2" >"$work/site/.contentlint.yaml"; run check --no-prose .; expect "$1" "$3" "$4"; }
printf 'rules:\n  trailing-whitespace: off\n' >"$work/team.yaml"
cfg "extends: [default, team.yaml] (a diamond)" "extends: [default, $work/team.yaml]\n" 1 "problems"
cfg "extends: [default, default]" "extends: [default, default]\n" 1 "problems"
cfg "nested repetition in a user regex" 'define:\n  - id: nested\n    kind: forbidden-pattern\n    summary: Nested\n    fields: [title]\n    pattern: "((a{1000}){1000}){1000}"\n' 2 ":6:14: .*too large"
cfg "min above max" 'extends: []\nrules:\n  seo-description-length:\n    options: {min: 200, max: 100}\n' 2 ":4:20: .*min 200 above max 100"
cfg "a negative limit" 'extends: []\nrules:\n  seo-title-length:\n    options: {max: -5}\n' 2 ":4:20: .*from 0 to"
cfg "an unknown layout variable" 'layout:\n  path: "content/{dir}/{stem}.md"\n  url: "/{x}/{stem}"\n' 2 ":3:8: layout url uses \\{x\\}"
cfg "include that is not a list" 'include: {a: b}\n' 2 ":1:10: 'include' must be a list"
cfg "a bad glob" 'include: ["content/[abc"]\n' 2 ":1:11: bad glob"
cfg "a huge number in define" 'define:\n  - id: long-title\n    kind: length\n    summary: Short\n    fields: [title]\n    max: 99999999999999999999\n' 2 ":6:10: .*whole number"
cfg "a non-UTF-8 configuration" 'rules:\n  x: \xff\n' 2 ":2:6: cannot read configuration: invalid UTF-8"
site; python3 -c "print('prose:\n  words:'); [print('    - w%d' % i) for i in range(400000)]" >"$work/site/.contentlint.yaml"
run check --no-prose .; expect "a 5 MB configuration" 2 "byte limit"

# ----- prose at the edges -----
site; python3 -c "print('---\ntitle: Big\nanswer: >-\n  ' + ' '.join(['energy flows'] * 300000) + '\n---')" >"$work/site/a.md"
printf 'extends: []\nprose:\n  fields: [answer]\n' >"$work/site/.contentlint.yaml"; run check --no-cache .; expect "a 3.6 MB answer with prose on" 0 "not checked: the text has"
site; python3 -c "print('---\ntitle: Esc\nanswer: >-\n  ' + 'ab\\\\n' * 250000 + '\n---')" >"$work/site/a.md"
run check --no-cache .; expect "a 1 MB answer of \\n escapes, prose on" 0 "250000 literal"

# ----- output that could be forged -----
site; page "$work/site/$(printf 'b\nc.md:1:1: error [x] forged.md')"; run check --no-prose --format text .
[ "$(grep -c 'forged' <<<"$out")" -le 3 ] && ! grep -q '^c.md:1:1' <<<"$out" && ok=pass || ok=FAIL
row "a file name with a newline" "no forged line" "exit $code" $ok
site; page "$work/site/$(printf 'a\033[31mred\007.md')"; run check --no-prose --format text .
! grep -q $'\033' <<<"$out" && ok=pass || ok=FAIL; row "a file name with ESC and BEL" "escaped" "exit $code" $ok
site; page "$work/site/\\back.md"; run check --no-prose --format text .
grep -q '"\\\\back.md"' <<<"$out" && ok=pass || ok=FAIL; row "a file named \\back.md" "shown as \"\\\\back.md\"" "exit $code" $ok

echo
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
