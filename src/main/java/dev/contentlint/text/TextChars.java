package dev.contentlint.text;

/**
 * A text's characters in an array that one user on one thread reuses. The scans that read every
 * character of every answer read an array, not the String (in C1-compiled code each
 * {@code charAt} costs several array accesses), and a copy per scan was a fifth of the
 * structural check's allocation. The array holds the last text asked for, up to its length,
 * until the next call on the same thread: a user must not hold it across a call that may ask again.
 */
public final class TextChars {
    private final ThreadLocal<char[]> buffer = ThreadLocal.withInitial(() -> new char[1 << 12]);

    /** The characters of {@code text} at [0, text.length()) of the returned array. */
    public char[] of(String text) {
        return of(text, text.length());
    }

    /** The first {@code end} characters of {@code text} at [0, end) of the returned array. */
    public char[] of(String text, int end) {
        char[] chars = buffer.get();
        if (chars.length < end) {
            chars = new char[Math.max(end, chars.length * 2)];
            buffer.set(chars);
        }
        text.getChars(0, end, chars, 0);
        return chars;
    }
}
