package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fast reader for the plain subset of YAML that front matter is nearly always written in:
 * nested block mappings of simple keys whose values are one-line plain scalars or block
 * scalars ({@code >-}, {@code |} and their chomping forms).
 *
 * <p>snakeyaml-engine stays the parser of record: on anything outside the subset (quotes,
 * flow collections, sequences, anchors, tags, comments, tabs, multi-line plain scalars,
 * duplicate keys, explicit indentation) this reader returns null and {@link YamlParser} parses
 * the block with snakeyaml. Within the subset it yields the same nodes, values and spans
 * (a test checks this on every page of a real corpus); it exists because the front matter
 * of a 36,000-page site must parse in about a second.
 */
final class PlainBlockReader {
    private final String src;
    /**
     * {@code src[0, end)} as bytes at the same offsets: ASCII as it is, any other character as
     * 0x80, which is none of the characters this reader looks for.
     */
    private final byte[] chars;
    /** The offsets of the line breaks before {@code end}, in order, when known; else null, and lines are scanned. */
    private final int[] breaks;
    private final int breakCount;
    /** The index of the first break at or after the offset last asked for. */
    private int nextBreak;
    private final int end;
    private int pos;

    private PlainBlockReader(String src, byte[] chars, int[] breaks, int breakCount, int from, int to) {
        this.src = src;
        this.chars = chars;
        this.breaks = breaks;
        this.breakCount = breakCount;
        this.pos = from;
        this.end = to;
    }

    private static final dev.contentlint.text.TextChars CHARS = new dev.contentlint.text.TextChars();

    /** The root mapping of {@code src[from, to)}, or null when the text is outside the subset. */
    static YamlMapping read(String src, int from, int to) {
        // Every scan reads an array, not the String: String.charAt and indexOf cost several
        // times an array access in the C1-compiled code that a short run uses.
        char[] copy = CHARS.of(src, to); // only read here, to make the byte image
        byte[] chars = new byte[to];
        for (int i = 0; i < to; i++) {
            char c = copy[i];
            chars[i] = c < 0x80 ? (byte) c : (byte) 0x80;
        }
        // Tabs, CRs, controls and odd line breaks need the full parser. An ordinary character
        // costs two comparisons. Comments need no scan: a comment line is not a key, and a
        // plain value with " #" is refused where it is read.
        for (int i = from; i < to; i++) {
            char c = copy[i];
            if (c < 0x20) {
                if (c != '\n') {
                    return null;
                }
            } else if (c >= 0x7F
                    && (c <= 0x9F || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c >= '\uFFFE')) {
                return null;
            }
        }
        return read(src, chars, null, 0, from, to);
    }

    /**
     * The same for text whose {@code [0, to)} is plain ASCII (printable, spaces and '\n'),
     * given as its bytes and the offsets of its line breaks: they need neither a copy, nor the
     * check for characters outside the subset, nor line scans.
     */
    static YamlMapping readPlainAscii(String src, byte[] ascii, int[] breaks, int breakCount, int from, int to) {
        return read(src, ascii, breaks, breakCount, from, to);
    }

    private static YamlMapping read(String src, byte[] chars, int[] breaks, int breakCount, int from, int to) {
        PlainBlockReader reader = new PlainBlockReader(src, chars, breaks, breakCount, from, to);
        reader.skipBlankLines();
        if (reader.pos >= to || reader.indentAt(reader.pos) != 0) {
            return null;
        }
        return reader.mapping(0, 1);
    }

    /** Reads the entries of a mapping whose keys sit at column {@code indent}, {@code depth} levels down. */
    private YamlMapping mapping(int indent, int depth) {
        if (depth > YamlParser.MAX_DEPTH) {
            return null; // the full parser reports the nesting
        }
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int start = pos + indent;
        while (pos < end) {
            int lineIndent = indentAt(pos);
            if (lineIndent < indent) {
                break;
            }
            if (lineIndent > indent) {
                return null;
            }
            YamlMapping.Entry entry = entry(indent, depth);
            if (entry == null || !keys.add(entry.key().value())) {
                return null;
            }
            entries.add(entry);
            skipBlankLines();
        }
        // Like snakeyaml, the mapping ends where the next, less indented key starts.
        int stop = pos < end ? pos + indentAt(pos) : pos;
        return new YamlMapping(List.copyOf(entries), new Range(start, stop));
    }

    /** One {@code key: value} line, with the value's following lines for nested content. */
    private YamlMapping.Entry entry(int indent, int depth) {
        int keyStart = pos + indent;
        int lineEnd = lineEnd(keyStart);
        int colon = keyEnd(keyStart, lineEnd);
        if (colon < 0) {
            return null;
        }
        YamlScalar key = new YamlScalar(src.substring(keyStart, colon), ScalarStyle.PLAIN, null,
                new Range(keyStart, colon), src);
        int valueStart = colon + 1;
        while (valueStart < lineEnd && chars[valueStart] == ' ') {
            valueStart++;
        }
        if (valueStart == lineEnd) {
            pos = nextLine(lineEnd);
            int save = pos;
            skipBlankLines();
            if (pos < end && indentAt(pos) > indent) {
                YamlMapping child = mapping(indentAt(pos), depth + 1);
                return child == null ? null : new YamlMapping.Entry(key, child);
            }
            // An empty value is null in YAML; leave its exact span to the full parser.
            pos = save;
            return null;
        }
        char first = (char) chars[valueStart];
        YamlNode value = first == '>' || first == '|'
                ? blockScalar(valueStart, lineEnd, indent, first == '>')
                : plainScalar(valueStart, lineEnd, indent);
        return value == null ? null : new YamlMapping.Entry(key, value);
    }

    /** The colon after a simple key ({@code [A-Za-z0-9_][A-Za-z0-9_-]*}), or -1. */
    private int keyEnd(int keyStart, int lineEnd) {
        int i = keyStart;
        while (i < lineEnd && isKeyChar((char) chars[i], i == keyStart)) {
            i++;
        }
        if (i == keyStart || i >= lineEnd || chars[i] != ':') {
            return -1;
        }
        return i + 1 == lineEnd || chars[i + 1] == ' ' ? i : -1;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                || !first && c == '-';
    }

    /** A one-line plain scalar that cannot be read as anything but text of its own. */
    private YamlScalar plainScalar(int start, int lineEnd, int indent) {
        char first = (char) chars[start];
        if (",[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return null;
        }
        int stop = lineEnd;
        while (stop > start && chars[stop - 1] == ' ') {
            stop--;
        }
        boolean indicatorFirst = first == '-' || first == '?' || first == ':';
        if (indicatorFirst && (start + 1 == stop || chars[start + 1] == ' ')) {
            return null;
        }
        for (int i = start; i < stop; i++) {
            byte c = chars[i];
            if (c == ':' && (i + 1 == stop || chars[i + 1] == ' ') || c == '#' && chars[i - 1] == ' ') {
                return null;
            }
        }
        pos = nextLine(lineEnd);
        int save = pos;
        skipBlankLines();
        boolean continues = pos < end && indentAt(pos) > indent;
        pos = save;
        if (continues) {
            return null; // a multi-line plain scalar folds its lines: the full parser does that
        }
        return new YamlScalar(src.substring(start, stop), ScalarStyle.PLAIN, null, new Range(start, stop), src);
    }

    /**
     * A block scalar: its header, then every blank line and every line indented deeper than
     * the key. Its span runs from the indicator to the start of the next non-blank line, as
     * snakeyaml marks it.
     */
    private YamlScalar blockScalar(int start, int lineEnd, int indent, boolean folded) {
        int i = start + 1;
        boolean strip = i < lineEnd && chars[i] == '-';
        boolean keep = i < lineEnd && chars[i] == '+';
        if (i < lineEnd && (chars[i] == '-' || chars[i] == '+')) {
            i++;
        }
        while (i < lineEnd && chars[i] == ' ') {
            i++;
        }
        if (i != lineEnd) {
            return null; // an indentation indicator or a comment after the header
        }
        pos = nextLine(lineEnd);
        int contentIndent = -1;
        int contentLines = 0;
        boolean blankBefore = false;
        int onlyLineStart = -1;
        int onlyLineEnd = -1;
        while (pos < end) {
            int lineIndent = indentAt(pos);
            int eol = lineEnd(pos);
            if (pos + lineIndent == eol) {
                if (lineIndent > 0) {
                    return null; // spaces on a blank line may be content: the full parser decides
                }
                blankBefore |= contentLines == 0;
                pos = nextLine(eol);
                continue;
            }
            if (lineIndent <= indent) {
                break;
            }
            if (contentIndent < 0) {
                contentIndent = lineIndent;
            } else if (lineIndent < contentIndent) {
                return null;
            }
            contentLines++;
            onlyLineStart = pos + contentIndent;
            onlyLineEnd = eol;
            pos = nextLine(eol);
        }
        if (contentIndent < 0) {
            return emptyBeforeDedent(start, indent, folded, keep);
        }
        // Trailing blank lines belong to the scalar; its span ends where the next line starts.
        Range range = new Range(start, pos);
        if (strip && contentLines == 1 && !blankBefore) {
            // The common case, one stripped line: the value is that line, copied one for one.
            return new YamlScalar(src.substring(onlyLineStart, onlyLineEnd), folded ? ScalarStyle.FOLDED
                    : ScalarStyle.LITERAL, null, range, src, ScalarSourceMap.run(range, onlyLineStart, onlyLineEnd));
        }
        return ScalarSourceMap.blockScalar(src, range, folded);
    }

    /**
     * A block scalar with no content line, ended by a key less indented than its own: its value
     * is the empty string, as YAML has it and libyaml reads it. snakeyaml-engine 2.x refuses it
     * ("the leading empty lines contain more spaces than the first non-empty line"), so this
     * reader is the one that reads it. Any other empty block scalar is left to snakeyaml, and so
     * is the keep chomping (+), whose value holds the blank lines.
     */
    private YamlScalar emptyBeforeDedent(int start, int indent, boolean folded, boolean keep) {
        if (keep || pos >= end || indentAt(pos) >= indent) {
            return null;
        }
        Range range = new Range(start, pos);
        return new YamlScalar("", folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL, null, range, src,
                ScalarSourceMap.run(range, pos, pos));
    }

    private int indentAt(int lineStart) {
        int i = lineStart;
        while (i < end && chars[i] == ' ') {
            i++;
        }
        return i - lineStart;
    }

    private int lineEnd(int from) {
        if (breaks != null) {
            // The reader moves forward, but for a step back to a saved position: a cursor,
            // not a search of every break.
            int k = nextBreak;
            if (k > 0 && breaks[k - 1] >= from) {
                int found = java.util.Arrays.binarySearch(breaks, 0, breakCount, from);
                k = found >= 0 ? found : -found - 1;
            }
            while (k < breakCount && breaks[k] < from) {
                k++;
            }
            nextBreak = k;
            return k < breakCount && breaks[k] < end ? breaks[k] : end;
        }
        int i = from;
        while (i < end && chars[i] != '\n') {
            i++;
        }
        return i;
    }

    private int nextLine(int lineEnd) {
        return Math.min(end, lineEnd + 1);
    }

    private void skipBlankLines() {
        while (pos < end) {
            int eol = lineEnd(pos);
            if (pos + indentAt(pos) != eol) {
                return;
            }
            pos = nextLine(eol);
        }
    }
}
