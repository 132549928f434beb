package dev.contentlint.page;

import java.util.Arrays;

/**
 * Converts character offsets to 1-based lines and columns. A line ends after '\n'; a '\r'
 * before it belongs to the line break, so CRLF files get the same columns as LF files.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** From the offsets of every '\n' of {@code text}, {@code breaks[0, count)} in order, found by the page's reader. */
    LineIndex(String text, int[] breaks, int count) {
        this.text = text;
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i + 1] = breaks[i] + 1;
        }
        this.lineStarts = starts;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 0-based line that holds {@code offset}. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    /** Offset of the first character of the 0-based line. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Offset just past the line's content, before its '\n' or '\r\n'. */
    public int lineEnd(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The text of the 0-based line, without its line break. */
    public String lineText(int line) {
        return text.substring(lineStarts[line], lineEnd(line));
    }
}
