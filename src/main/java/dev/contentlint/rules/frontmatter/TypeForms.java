package dev.contentlint.rules.frontmatter;

/**
 * The written forms of {@link FieldType}'s types, read by hand: the rule runs on every typed
 * field of every page, where a regular expression's matcher cost more than the rest of the
 * check. Each method says the expression it stands for (whitespace {@code \s} is
 * {@code [ \t\n\x0B\f\r]}, as in Java's default); a test compares them on many strings.
 */
final class TypeForms {
    private TypeForms() {}

    /** {@code \d{4}-\d{2}-\d{2}}. */
    static boolean isDateForm(String v) {
        if (v.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code /[^\s?#]*([?#]\S*)?}: a '/' and no whitespace, since whatever follows a '?' or '#' is any non-space. */
    static boolean isSitePath(String v) {
        return v.startsWith("/") && noWhitespace(v, 1);
    }

    /** {@code https?://[^\s/]+\S*}. */
    static boolean isWebUrl(String v) {
        int host = v.startsWith("http://") ? 7 : v.startsWith("https://") ? 8 : -1;
        return host > 0 && host < v.length() && v.charAt(host) != '/' && noWhitespace(v, host);
    }

    /** {@code [^/\\\s][^/\\]*}. */
    static boolean isFileName(String v) {
        if (v.isEmpty() || isWhitespace(v.charAt(0))) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '/' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    static boolean isSlug(String v) {
        if (v.isEmpty() || v.charAt(0) == '-' || v.charAt(v.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '-' ? v.charAt(i - 1) == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean noWhitespace(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            if (isWhitespace(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Java regex's {@code \s}. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
