package dev.contentlint.page;

/**
 * A half-open span {@code [start, end)} of character offsets into a page's decoded text.
 * Offsets are 0-based UTF-16 indices; {@link LineIndex} turns them into lines and columns.
 */
public record Range(int start, int end) {
    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static Range at(int offset) {
        return new Range(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Range other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Range other) {
        return start < other.end && other.start < end;
    }
}
