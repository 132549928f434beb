package dev.contentlint.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a Markdown text into the paragraphs whose prose is checked and cached one by one, so
 * that an edit of one paragraph re-checks only that one. A split is made only at a blank line
 * that Markdown itself reads as the end of a block: not inside a fenced code block or an HTML
 * comment or {@code <pre>}, {@code <script>} or {@code <style>} element, and not before an
 * indented line, which may continue a list item or a code block. A paragraph is trimmed of the
 * blank lines around it, so adding a paragraph leaves the others' texts, and their cache
 * entries, as they were.
 */
final class ProseParagraphs {
    /** A paragraph and where it starts in the text. */
    record Paragraph(int offset, String text) {}

    private ProseParagraphs() {}

    static List<Paragraph> of(String markdown) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = -1; // of the current paragraph's first non-blank line, or -1 between paragraphs
        int end = 0; // just past the current paragraph's last non-blank line
        String closer = null; // what ends the block that the current line is in, or null
        boolean afterBlank = false;
        int at = 0;
        while (at < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', at);
            int next = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            int contentEnd = lineEnd < 0 ? markdown.length() : lineEnd;
            String line = markdown.substring(at, contentEnd);
            if (line.isBlank()) {
                afterBlank = start >= 0;
            } else {
                if (start >= 0 && afterBlank && closer == null && !Character.isWhitespace(line.charAt(0))) {
                    paragraphs.add(new Paragraph(start, markdown.substring(start, end)));
                    start = -1;
                }
                if (start < 0) {
                    start = at;
                }
                afterBlank = false;
                end = contentEnd > at && markdown.charAt(contentEnd - 1) == '\r' ? contentEnd - 1 : contentEnd;
                closer = closerAfter(line, closer);
            }
            at = next;
        }
        if (start >= 0) {
            paragraphs.add(new Paragraph(start, markdown.substring(start, end)));
        }
        return paragraphs;
    }

    /** What ends the block open after {@code line}, given what ended the one open before it (null: none). */
    private static String closerAfter(String line, String closer) {
        String trimmed = line.strip();
        if (closer != null) {
            boolean closes = closer.startsWith("`") || closer.startsWith("~") ? trimmed.startsWith(closer)
                    && trimmed.chars().skip(closer.length()).allMatch(c -> c == closer.charAt(0))
                    : trimmed.toLowerCase(Locale.ROOT).contains(closer);
            return closes ? null : closer;
        }
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            char fence = trimmed.charAt(0);
            int length = 0;
            while (length < trimmed.length() && trimmed.charAt(length) == fence) {
                length++;
            }
            return String.valueOf(fence).repeat(length);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (String[] element : new String[][] {{"<!--", "-->"}, {"<pre", "</pre>"}, {"<script", "</script>"},
                {"<style", "</style>"}, {"<textarea", "</textarea>"}}) {
            // An HTML block starts a line; inline HTML cannot span a blank line.
            if (lower.startsWith(element[0]) && !lower.substring(element[0].length()).contains(element[1])) {
                return element[1];
            }
        }
        return null;
    }
}
