#!/usr/bin/env python3
"""Writes the advance-width table that seo-title-width and seo-description-width measure with,
from Liberation Sans Regular, which is metric-compatible with Arial (every glyph has Arial's
advance width): Debian's fonts-liberation package.

    python3 bench/make-width-table.py [FONT.ttf] > src/main/resources/contentlint/site/arial-widths.txt

It reads the font's tables directly (head, hhea, hmtx, and the Unicode BMP cmap, format 4), so
it needs nothing beyond Python. Output: a header line "units-per-em N", then one line per
code point the font maps, "HEX ADVANCE" in font units.
"""
import struct, sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
data = open(path, "rb").read()
count = struct.unpack(">H", data[4:6])[0]
tables = {}
for i in range(count):
    tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
    tables[tag.decode()] = (offset, length)

head = tables["head"][0]
units = struct.unpack(">H", data[head + 18:head + 20])[0]
hhea = tables["hhea"][0]
metrics = struct.unpack(">H", data[hhea + 34:hhea + 36])[0]
hmtx = tables["hmtx"][0]
advances = [struct.unpack(">H", data[hmtx + 4 * i:hmtx + 4 * i + 2])[0] for i in range(metrics)]

def advance(glyph):
    return advances[glyph] if glyph < metrics else advances[-1]

cmap = tables["cmap"][0]
subtables = struct.unpack(">H", data[cmap + 2:cmap + 4])[0]
mapping = {}
for i in range(subtables):
    platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
    at = cmap + offset
    if platform != 3 or encoding != 1 or struct.unpack(">H", data[at:at + 2])[0] != 4:
        continue
    segments = struct.unpack(">H", data[at + 6:at + 8])[0] // 2
    ends = struct.unpack(">%dH" % segments, data[at + 14:at + 14 + 2 * segments])
    starts_at = at + 16 + 2 * segments
    starts = struct.unpack(">%dH" % segments, data[starts_at:starts_at + 2 * segments])
    deltas = struct.unpack(">%dh" % segments, data[starts_at + 2 * segments:starts_at + 4 * segments])
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack(">%dH" % segments, data[ranges_at:ranges_at + 2 * segments])
    for s in range(segments):
        for code in range(starts[s], ends[s] + 1):
            if code == 0xFFFF:
                continue
            if ranges[s] == 0:
                glyph = (code + deltas[s]) & 0xFFFF
            else:
                where = ranges_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                glyph = struct.unpack(">H", data[where:where + 2])[0]
                if glyph:
                    glyph = (glyph + deltas[s]) & 0xFFFF
            if glyph:
                mapping[code] = advance(glyph)
print(f"units-per-em {units}")
for code in sorted(mapping):
    print(f"{code:04X} {mapping[code]}")
