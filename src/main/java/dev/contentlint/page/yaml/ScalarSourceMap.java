package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps each character of a scalar's parsed value back to the characters of the page that
 * produced it, undoing block indentation, line folding, chomping, quoting and escapes.
 *
 * <p>The map rebuilds the value from the source by the YAML rules and keeps it only when the
 * rebuilt value equals the parser's. Otherwise (an unusual layout it does not model) every
 * character maps to the whole scalar, which is coarse but never wrong.
 */
public final class ScalarSourceMap {
    // The value as pieces: a piece starting at value offset valueStarts[k] either copies
    // source characters one for one (a run of text) or stands for one value character
    // made from [sourceStarts[k], sourceEnds[k]) (an escape, a folded line break).
    private final int[] valueStarts;
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private final int pieces;
    private final int length;
    private final Range whole;
    private final boolean exact;

    private ScalarSourceMap(Builder pieces, Range whole, boolean exact) {
        this(pieces, whole, exact, pieces == null ? 0 : pieces.text.length());
    }

    private ScalarSourceMap(Builder pieces, Range whole, boolean exact, int length) {
        // The builder is dropped after this, so its arrays are taken over rather than copied.
        this.valueStarts = pieces == null ? new int[0] : pieces.valueStarts;
        this.sourceStarts = pieces == null ? new int[0] : pieces.sourceStarts;
        this.sourceEnds = pieces == null ? new int[0] : pieces.sourceEnds;
        this.pieces = pieces == null ? 0 : pieces.count;
        this.length = length;
        this.whole = whole;
        this.exact = exact;
    }

    /** True when every value character maps to its own source characters. */
    public boolean isExact() {
        return exact;
    }

    /** The source span of value characters {@code [from, to)}. */
    public Range sourceRange(int from, int to) {
        if (!exact) {
            return whole;
        }
        if (length == 0) {
            return Range.at(whole.start());
        }
        if (from >= length) {
            int end = endOf(length - 1);
            return new Range(end, end);
        }
        int start = startOf(from);
        return to <= from ? Range.at(start) : new Range(start, Math.max(start, endOf(Math.min(to, length) - 1)));
    }

    /** The source offset where value character {@code index} starts. */
    public int sourceOffset(int index) {
        return sourceRange(index, index + 1).start();
    }

    private int piece(int index) {
        int found = Arrays.binarySearch(valueStarts, 0, pieces, index);
        return found >= 0 ? found : -found - 2;
    }

    private boolean copies(int k) {
        int valueEnd = k + 1 < pieces ? valueStarts[k + 1] : length;
        return sourceEnds[k] - sourceStarts[k] == valueEnd - valueStarts[k];
    }

    private int startOf(int index) {
        int k = piece(index);
        return copies(k) ? sourceStarts[k] + index - valueStarts[k] : sourceStarts[k];
    }

    private int endOf(int index) {
        int k = piece(index);
        return copies(k) ? sourceStarts[k] + index - valueStarts[k] + 1 : sourceEnds[k];
    }

    public static ScalarSourceMap build(String source, Range node, ScalarStyle style, String value) {
        Builder builder = rebuild(source, node, style, value.length());
        if (builder != null && builder.text.toString().equals(value)) {
            return new ScalarSourceMap(builder, node, true);
        }
        return new ScalarSourceMap(null, node, false);
    }

    /** The map of a value that is the source text {@code [from, to)}, copied one for one. */
    static ScalarSourceMap run(Range node, int from, int to) {
        Builder builder = new Builder(null, 0);
        builder.piece(from, to);
        return new ScalarSourceMap(builder, node, true, to - from);
    }

    /**
     * Reads a block scalar's value from its source span by the YAML rules, with its map, in
     * one pass: the fast reader's scalars need no check against another parser's value.
     */
    static YamlScalar blockScalar(String source, Range node, boolean folded) {
        ScalarStyle style = folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL;
        Builder builder = rebuild(source, node, style, node.length());
        if (builder == null) {
            return null;
        }
        return new YamlScalar(builder.text.toString(), style, null, node, source,
                new ScalarSourceMap(builder, node, true));
    }

    private static Builder rebuild(String source, Range node, ScalarStyle style, int expectedLength) {
        Builder builder = new Builder(source, expectedLength);
        boolean built;
        try {
            built = switch (style) {
                case LITERAL, FOLDED -> builder.block(node, style == ScalarStyle.FOLDED);
                case PLAIN -> builder.flow(node.start(), node.end(), (char) 0);
                case SINGLE_QUOTED -> builder.flow(node.start() + 1, node.end() - 1, '\'');
                case DOUBLE_QUOTED -> builder.flow(node.start() + 1, node.end() - 1, '"');
            };
        } catch (RuntimeException unmodelled) {
            built = false;
        }
        return built ? builder : null;
    }

    /** Rebuilds a value from source while recording where its pieces came from. */
    private static final class Builder {
        private final String src;
        private final StringBuilder text;
        private int[] valueStarts = new int[16];
        private int[] sourceStarts = new int[16];
        private int[] sourceEnds = new int[16];
        private int count;

        Builder(String src, int expectedLength) {
            this.src = src;
            this.text = new StringBuilder(expectedLength + 16);
        }

        /** One value character made from source {@code [from, to)}. */
        void add(char c, int from, int to) {
            piece(from, to);
            text.append(c);
        }

        /** Source characters {@code [from, to)} copied into the value as they are. */
        void addRun(int from, int to) {
            if (from >= to) {
                return;
            }
            boolean continuesLastRun = count > 0 && sourceEnds[count - 1] == from
                    && sourceEnds[count - 1] - sourceStarts[count - 1] == text.length() - valueStarts[count - 1];
            if (continuesLastRun) {
                sourceEnds[count - 1] = to;
            } else {
                piece(from, to);
            }
            text.append(src, from, to);
        }

        private void piece(int from, int to) {
            if (count == valueStarts.length) {
                valueStarts = Arrays.copyOf(valueStarts, count * 2);
                sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
                sourceEnds = Arrays.copyOf(sourceEnds, count * 2);
            }
            valueStarts[count] = text.length();
            sourceStarts[count] = from;
            sourceEnds[count] = to;
            count++;
        }

        /** A source line: content offsets, and the offsets of its line break (absent at the end). */
        private record Line(int start, int end, int breakStart, int breakEnd) {
            boolean hasBreak() {
                return breakStart >= 0;
            }
        }

        private List<Line> lines(int from, int to) {
            List<Line> lines = new ArrayList<>();
            int pos = from;
            while (pos <= to) {
                int nl = src.indexOf('\n', pos);
                if (nl < 0 || nl >= to) {
                    lines.add(new Line(pos, to, -1, -1));
                    break;
                }
                int contentEnd = nl > pos && src.charAt(nl - 1) == '\r' ? nl - 1 : nl;
                lines.add(new Line(pos, contentEnd, contentEnd, nl + 1));
                pos = nl + 1;
                if (pos == to) {
                    break;
                }
            }
            return lines;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t';
        }

        boolean block(Range node, boolean folded) {
            int pos = node.start() + 1;
            char chomp = 'c';
            int explicitIndent = 0;
            while (pos < node.end() && (src.charAt(pos) == '-' || src.charAt(pos) == '+'
                    || Character.isDigit(src.charAt(pos)))) {
                char c = src.charAt(pos++);
                if (c == '-' || c == '+') {
                    chomp = c;
                } else {
                    explicitIndent = c - '0';
                }
            }
            int headerEnd = src.indexOf('\n', node.start());
            if (headerEnd < 0 || headerEnd >= node.end()) {
                return true; // an empty block scalar: nothing to map
            }
            List<Line> lines = lines(headerEnd + 1, node.end());
            int indent;
            if (explicitIndent > 0) {
                int lineStart = src.lastIndexOf('\n', node.start()) + 1;
                int parentIndent = 0;
                while (src.charAt(lineStart + parentIndent) == ' ') {
                    parentIndent++;
                }
                indent = parentIndent + explicitIndent;
            } else {
                indent = -1;
                for (Line line : lines) {
                    int spaces = leadingSpaces(line);
                    if (line.start() + spaces < line.end()) {
                        indent = spaces;
                        break;
                    }
                }
                if (indent < 0) {
                    indent = 0;
                }
            }
            Line previous = null;
            boolean previousSpaced = false;
            List<Line> empties = new ArrayList<>();
            for (Line line : lines) {
                int spaces = leadingSpaces(line);
                boolean allSpaces = line.start() + spaces >= line.end();
                if (allSpaces && spaces <= indent) {
                    empties.add(line);
                    continue;
                }
                if (!allSpaces && spaces < indent) {
                    break; // a less indented line ends the scalar
                }
                int contentStart = line.start() + indent;
                boolean spaced = contentStart < line.end() && isBlank(src.charAt(contentStart));
                if (previous == null) {
                    for (Line e : empties) {
                        add('\n', e.breakStart(), e.breakEnd());
                    }
                } else if (folded && !previousSpaced && !spaced) {
                    if (empties.isEmpty()) {
                        add(' ', previous.breakStart(), previous.breakEnd());
                    } else {
                        for (Line e : empties) {
                            add('\n', e.breakStart(), e.breakEnd());
                        }
                    }
                } else {
                    add('\n', previous.breakStart(), previous.breakEnd());
                    for (Line e : empties) {
                        add('\n', e.breakStart(), e.breakEnd());
                    }
                }
                empties.clear();
                addRun(contentStart, line.end());
                previous = line;
                previousSpaced = spaced;
            }
            if (chomp != '-' && previous != null && previous.hasBreak()) {
                add('\n', previous.breakStart(), previous.breakEnd());
            }
            if (chomp == '+') {
                for (Line e : empties) {
                    if (e.hasBreak()) {
                        add('\n', e.breakStart(), e.breakEnd());
                    }
                }
            }
            return true;
        }

        private int leadingSpaces(Line line) {
            int n = 0;
            while (line.start() + n < line.end() && src.charAt(line.start() + n) == ' ') {
                n++;
            }
            return n;
        }

        /** Plain and quoted scalars: line folding, plus quote doubling or escapes. */
        boolean flow(int from, int to, char quote) {
            List<Line> lines = lines(from, to);
            int emptyRun = 0;
            Line previous = null;
            boolean escapedBreak = false;
            for (int li = 0; li < lines.size(); li++) {
                Line line = lines.get(li);
                int start = line.start();
                int end = line.end();
                if (li > 0) {
                    while (start < end && isBlank(src.charAt(start))) {
                        start++;
                    }
                }
                boolean last = li == lines.size() - 1;
                if (!last) {
                    int trimmed = end;
                    while (trimmed > start && isBlank(src.charAt(trimmed - 1))) {
                        trimmed--;
                    }
                    // In double quotes, a blank escaped by '\' before the break is kept.
                    if (!(quote == '"' && trimmed > start && trimmed < end && endsWithEscape(start, trimmed))) {
                        end = trimmed;
                    }
                }
                if (li > 0 && start >= end && !last) {
                    emptyRun++;
                    continue;
                }
                if (previous != null && !escapedBreak) {
                    if (emptyRun == 0) {
                        add(' ', previous.breakStart(), previous.breakEnd());
                    } else {
                        for (int i = 0; i < emptyRun; i++) {
                            add('\n', previous.breakStart(), previous.breakEnd());
                        }
                    }
                }
                emptyRun = 0;
                escapedBreak = false;
                int i = start;
                while (i < end) {
                    char c = src.charAt(i);
                    if (quote == '\'' && c == '\'' && i + 1 < end && src.charAt(i + 1) == '\'') {
                        add('\'', i, i + 2);
                        i += 2;
                    } else if (quote == '"' && c == '\\') {
                        if (i + 1 >= end) {
                            escapedBreak = !last;
                            i++;
                        } else {
                            i = escape(i, end);
                        }
                    } else {
                        int run = i + 1;
                        while (run < end && !(quote != 0 && src.charAt(run) == (quote == '"' ? '\\' : '\''))) {
                            run++;
                        }
                        addRun(i, run);
                        i = run;
                    }
                }
                previous = line;
            }
            return true;
        }

        private boolean endsWithEscape(int start, int trimmed) {
            int backslashes = 0;
            for (int i = trimmed - 1; i >= start && src.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private int escape(int at, int end) {
            char code = src.charAt(at + 1);
            int hex = switch (code) {
                case 'x' -> 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            if (hex > 0) {
                int cp = Integer.parseInt(src.substring(at + 2, at + 2 + hex), 16);
                for (char c : Character.toChars(cp)) {
                    add(c, at, at + 2 + hex);
                }
                return at + 2 + hex;
            }
            char c = switch (code) {
                case '0' -> '\0';
                case 'a' -> '\u0007';
                case 'b' -> '\b';
                case 't', '\t' -> '\t';
                case 'n' -> '\n';
                case 'v' -> '\u000B';
                case 'f' -> '\f';
                case 'r' -> '\r';
                case 'e' -> '\u001B';
                case 'N' -> '\u0085';
                case '_' -> '\u00A0';
                case 'L' -> '\u2028';
                case 'P' -> '\u2029';
                default -> code; // \\ \" \/ and '\ '
            };
            add(c, at, at + 2);
            return at + 2;
        }
    }
}
