package dev.contentlint.rules.text;

import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.LiteralBlock;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.text.NewlineEscapes;
import java.util.List;

/**
 * escaped-newline's fix: the scalar rewritten in place as a literal block whose value has a
 * real line break for every escape and is otherwise the same, except for the spaces that
 * end a line (see {@link #fixedValue}). The key, the value's anchor or
 * tag, a comment on the header or after a one-line value, and the blank lines after a block
 * all stay where they are. Where the layout is not one of these (a value in a flow
 * collection, say), there is no fix, and FixVerifier guards the rest.
 */
final class LiteralBlockRewrite {
    private LiteralBlockRewrite() {}

    static Fix fix(String text, String path, YamlScalar scalar, List<Integer> escapes) {
        String fixed = fixedValue(scalar.value(), escapes);
        int valueStart = scalar.range().start();
        int lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
        String before = withoutProperties(text.substring(lineStart, valueStart));
        int editStart = valueStart;
        String lead = "";
        int keyLine = lineStart;
        if (before.isBlank() && lineStart > 0) {
            // "key:" alone on the line before, the value below it: the block goes after the colon.
            int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            int previousEnd = lineStart - 1 > 0 && text.charAt(lineStart - 2) == '\r' ? lineStart - 2 : lineStart - 1;
            if (!isKeyLine(withoutProperties(text.substring(previousStart, previousEnd)))) {
                return null;
            }
            keyLine = previousStart;
            editStart = previousEnd;
            lead = " ";
        } else if (!isKeyLine(before)) {
            return null;
        }
        int parentIndent = keyColumn(text, keyLine);
        String lineBreak = lineBreak(text, valueStart);
        String comment = "";
        int end;
        int contentIndent;
        boolean keep = false;
        if (scalar.style().isBlock()) {
            int headerEnd = lineEnd(text, valueStart);
            String header = text.substring(valueStart, headerEnd);
            keep = header.indexOf('+') >= 0;
            int hash = header.indexOf('#');
            comment = hash < 0 ? "" : " " + header.substring(hash).stripTrailing();
            int firstLine = text.indexOf('\n', valueStart) + 1;
            contentIndent = firstContentIndent(text, firstLine, scalar.range().end());
            // Keep chomping makes the trailing blank lines part of the value: they are rewritten too.
            end = keep ? scalar.range().end() : lastContentEnd(text, firstLine, scalar.range().end(), contentIndent);
        } else {
            contentIndent = parentIndent + 2;
            end = scalar.range().end();
            int eol = lineEnd(text, end);
            String rest = text.substring(end, eol);
            if (rest.strip().startsWith("#")) {
                comment = " " + rest.strip();
            } else if (!rest.isBlank()) {
                return null;
            }
            end = eol; // a comment moves up to the header; trailing blanks go
        }
        String block = LiteralBlock.render(fixed, parentIndent, contentIndent, lineBreak);
        if (block == null || contentIndent < 0) {
            return null;
        }
        int headerEnd = block.indexOf(lineBreak);
        String replacement = lead + block.substring(0, headerEnd) + comment + block.substring(headerEnd)
                + (keep ? lineBreak : "");
        return Fix.safe("rewrite '" + path + "' as a literal block scalar with real line breaks",
                FieldChange.to(path, fixed), new TextEdit(new Range(editStart, end), replacement));
    }

    /**
     * The value with a real line break for each escape, and every line's trailing spaces and
     * tabs as Markdown reads them. In the literal block each line of the value ends a line of
     * the page, where YAML keeps such spaces as content and trailing-whitespace reports them.
     * The field is Markdown, where they mean nothing, with one exception: two or more spaces
     * after text and before a line with text are a hard line break. So a hard break keeps
     * exactly two spaces (the form trailing-whitespace accepts), and any other run goes: at a
     * soft break, before a blank line, at the end of the value, on a line of nothing else.
     */
    static String fixedValue(String value, List<Integer> escapes) {
        String[] lines = NewlineEscapes.withLineBreaks(value, escapes).split("\n", -1);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int end = line.length();
            while (end > 0 && isSpace(line.charAt(end - 1))) {
                end--;
            }
            boolean hardBreak = end > 0 && line.endsWith("  ") && i + 1 < lines.length && hasText(lines[i + 1]);
            out.append(line, 0, end).append(hardBreak ? "  " : "").append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }

    private static boolean hasText(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String withoutProperties(String beforeValue) {
        return beforeValue.replaceAll("(\\s+[&!]\\S*)+\\s*$", "").stripTrailing();
    }

    /** "key:" or "- key:" in block context, not inside a flow collection. */
    private static boolean isKeyLine(String text) {
        return text.endsWith(":") && text.indexOf('[') < 0 && text.indexOf('{') < 0 && !text.isBlank();
    }

    /** The column of the key, after any "- " of a sequence item: block indentation counts from it. */
    private static int keyColumn(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        while (text.startsWith("- ", i)) {
            i += 2;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return i - lineStart;
    }

    private static String lineBreak(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The indentation of the first line in [from, to) that holds more than spaces, or -1. */
    private static int firstContentIndent(String text, int from, int to) {
        for (int line = from; line < to; line = text.indexOf('\n', line) + 1) {
            int end = lineEnd(text, line);
            if (!text.substring(line, end).isBlank()) {
                int i = line;
                while (text.charAt(i) == ' ') {
                    i++;
                }
                return i - line;
            }
            if (text.indexOf('\n', line) < 0) {
                break;
            }
        }
        return -1;
    }

    /** The end of the last line in [from, to) that is content: text, or more spaces than the indentation. */
    private static int lastContentEnd(String text, int from, int to, int contentIndent) {
        int end = from;
        for (int line = from; line < to; ) {
            int lineEnd = Math.min(lineEnd(text, line), to);
            String content = text.substring(line, lineEnd);
            if (!content.isBlank() || content.length() > contentIndent) {
                end = lineEnd;
            }
            int next = text.indexOf('\n', line);
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        return end;
    }
}
