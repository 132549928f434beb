package dev.contentlint.page;

import java.util.Arrays;

/**
 * A page's bytes whose first {@code length} are plain ASCII: printable characters, spaces and
 * '\n', no other control character. Up to there byte offsets are character offsets of the
 * decoded text, so a scanner may read the bytes in place of the text; and the line breaks found
 * on the way ({@code breaks[0, count)}, in order) spare the line scans that the front-matter
 * split, the YAML reader and the line index would each make.
 */
record PlainAscii(byte[] bytes, int length, int[] breaks, int count) {
    /** The plain-ASCII start of {@code bytes}, which may be empty. */
    static PlainAscii of(byte[] bytes) {
        int[] breaks = new int[64];
        int count = 0;
        int i = 0;
        while (i < bytes.length) {
            byte b = bytes[i];
            // A byte of a multi-byte character is negative, so below 0x20 too.
            if (b < 0x20) {
                if (b != '\n') {
                    break;
                }
                if (count == breaks.length) {
                    breaks = Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = i;
            } else if (b == 0x7F) {
                break;
            }
            i++;
        }
        return new PlainAscii(bytes, i, breaks, count);
    }

    /** Whether the whole text is plain ASCII. */
    boolean all() {
        return length == bytes.length;
    }

    /** The first line break at or after {@code from} within the plain part, or -1 when there is none there. */
    int breakFrom(int from) {
        int found = Arrays.binarySearch(breaks, 0, count, from);
        int k = found >= 0 ? found : -found - 1;
        return k < count ? breaks[k] : -1;
    }

    /** The offset of the line break that ends the line holding {@code from} in {@code text}, or its length. */
    int lineEnd(String text, int from) {
        if (from < length) {
            int found = breakFrom(from);
            if (found >= 0) {
                return found;
            }
        }
        int nl = text.indexOf('\n', Math.max(from, length));
        return nl < 0 ? text.length() : nl;
    }
}
