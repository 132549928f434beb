package dev.contentlint.text;

/**
 * Text made safe to print on one terminal line: control characters (a file name can hold an
 * escape sequence or a newline) are shown as escapes instead of acting on the terminal.
 */
public final class Printable {
    private Printable() {}

    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A path made safe and unambiguous, as git's core.quotePath shows one: a path with a control
     * character, a double quote or a backslash is put in double quotes, with those escaped, so
     * that a file named {@code b\nc.md} and one whose name holds a line break never look alike.
     */
    public static String path(String path) {
        boolean plain = true;
        for (int i = 0; i < path.length() && plain; i++) {
            char c = path.charAt(i);
            plain = !isControl(c) && c != '"' && c != '\\';
        }
        if (plain) {
            return path;
        }
        return '"' + of(path.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
    }

    /** C0 and C1 controls, DEL, and the line and paragraph separators. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
