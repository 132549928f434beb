package dev.contentlint.fix;

/**
 * Writes a value as a YAML literal block scalar ({@code |}), whose parsed value is the value
 * itself: real line breaks, trailing spaces, tabs and lines starting with '#' or '---'
 * all survive. The chomping indicator keeps the trailing line breaks, and an indentation
 * indicator is added when the first line starts with a space.
 */
public final class LiteralBlock {
    private LiteralBlock() {}

    /**
     * The block scalar from its indicator to the end of its last content line, without the
     * line break after it, which the page already has; or null when the value cannot be
     * written as a literal block (it is empty, or holds a character YAML forbids there).
     *
     * @param parentIndent  the indentation of the line that holds the key
     * @param contentIndent the indentation of the content lines, deeper than parentIndent
     * @param lineBreak     "\n", or "\r\n" in a CRLF page
     */
    public static String render(String value, int parentIndent, int contentIndent, String lineBreak) {
        int trailing = 0;
        while (trailing < value.length() && value.charAt(value.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String core = value.substring(0, value.length() - trailing);
        if (core.isEmpty() || !representable(core) || contentIndent <= parentIndent
                || contentIndent - parentIndent > 9) {
            return null;
        }
        String[] lines = core.split("\n", -1);
        StringBuilder out = new StringBuilder(value.length() + lines.length * (contentIndent + 1) + 8);
        out.append('|').append(trailing == 0 ? "-" : trailing == 1 ? "" : "+");
        for (String line : lines) {
            if (!line.isEmpty()) {
                if (line.charAt(0) == ' ') {
                    out.append(contentIndent - parentIndent);
                }
                break;
            }
        }
        String indent = " ".repeat(contentIndent);
        for (String line : lines) {
            out.append(lineBreak);
            if (!line.isEmpty()) {
                out.append(indent).append(line);
            }
        }
        // Keep chomping needs the extra trailing breaks as empty lines; the page's own break follows.
        out.append(lineBreak.repeat(Math.max(0, trailing - 1)));
        return out.toString();
    }

    /** No control characters, byte order marks or Unicode line separators. */
    private static boolean representable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
            if (control || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
