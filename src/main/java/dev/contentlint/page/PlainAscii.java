package dev.contentlint.page;

/**
 * A page's bytes whose first {@code length} are plain ASCII: printable characters, spaces and
 * '\n', no other control character. Up to there byte offsets are character offsets of the
 * decoded text, so a scanner may read the bytes in place of the text.
 */
record PlainAscii(byte[] bytes, int length) {
    /** How many leading bytes are plain ASCII. */
    static int prefix(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            byte b = bytes[i];
            // A byte of a multi-byte character is negative, so below 0x20 too.
            if (b < 0x20 && b != '\n' || b == 0x7F) {
                break;
            }
            i++;
        }
        return i;
    }
}
