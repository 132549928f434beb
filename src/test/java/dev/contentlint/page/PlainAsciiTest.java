package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page read from bytes whose front matter is plain ASCII is parsed from those bytes; it must
 * be the page that parsing its decoded text gives, whatever follows the ASCII part.
 */
class PlainAsciiTest {
    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

    @Test
    void thePrefixEndsAtTheFirstByteThatIsNotPlainAscii() {
        assertEquals(0, prefix(""));
        assertEquals(5, prefix("ab\ncd"));
        assertEquals(2, prefix("ab\tcd"));
        assertEquals(2, prefix("ab\rcd"));
        assertEquals(2, prefix("ab\u007Fcd"));
        assertEquals(2, prefix("ab\u0000cd"));
        assertEquals(2, prefix("abécd"));
        assertEquals(0, prefix("\uFEFFab"));
    }

    private static int prefix(String text) {
        return PlainAscii.of(text.getBytes(StandardCharsets.UTF_8)).length();
    }

    @Test
    void theLineBreaksOfThePlainPartAreRecordedAndLinesEndWhereTheTextSays() {
        String text = "a\n\nbc\nd\u00e9\ne\nf";
        PlainAscii ascii = PlainAscii.of(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(7, ascii.length()); // up to the é
        assertEquals(java.util.List.of(1, 2, 5), java.util.Arrays.stream(ascii.breaks(), 0, ascii.count()).boxed().toList());
        for (int from = 0; from <= text.length(); from++) {
            int nl = text.indexOf('\n', from);
            assertEquals(nl < 0 ? text.length() : nl, ascii.lineEnd(text, from), "from " + from);
        }
        assertEquals(false, ascii.all());
        assertEquals(true, PlainAscii.of("a\nb".getBytes(StandardCharsets.US_ASCII)).all());
    }

    @Test
    void pagesReadFromBytesAreThePagesOfTheirText() {
        String front = "---\ntitle: Plain title\nseo:\n  title: QuickTakes | Biology\n  page_description: >-\n"
                + "    One line.\nanswer: >-\n    First\\n\\nSecond: with a colon\nrelated_article1:\n"
                + "  url: /learn/a\n---\n";
        List<String> pages = new ArrayList<>(List.of(
                front + "body\n",
                front + "body with é and \u2019 and a\ttab\n",
                front.replace("Plain title", "Titlé") + "body\n",
                front.replace("One line.", "One\tline.") + "body\n",
                front.replace("Second", "Second\r") + "body\n",
                "\uFEFF" + front + "body\n",
                front.replace("answer: >-\n    First", "answer: 'quoted'\nother: >-\n    First") + "body\n",
                front.replace("---\n", "---  \n") + "body\n"));
        for (String text : pages) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Page fromBytes = reader.decode(Path.of("p.md"), "p.md", bytes).page();
            Page fromText = Page.parse(Path.of("p.md"), "p.md", text.startsWith("\uFEFF") ? text.substring(1) : text);
            assertEquals(describe(fromText), describe(fromBytes), text);
            // The line index the reader made is the one the text would give.
            LineIndex made = fromBytes.lines();
            LineIndex scanned = new LineIndex(fromBytes.text());
            assertEquals(scanned.lineCount(), made.lineCount(), text);
            for (int offset = 0; offset <= fromBytes.text().length(); offset++) {
                assertEquals(scanned.position(offset), made.position(offset), text);
            }
        }
        assertEquals(true, describe(Page.parse(Path.of("p.md"), "p.md", pages.get(0))).contains("answer"));
    }

    /** Everything a rule can see of the front matter: state, problems, and each scalar's path, value, style and spans. */
    private static String describe(Page page) {
        StringBuilder out = new StringBuilder(page.frontMatterState() + " " + page.frontMatterProblems() + " "
                + page.bodyStart() + "\n");
        if (page.frontMatter() != null) {
            page.frontMatter().forEachScalar((path, scalar) -> out.append(path).append(" = ").append(scalar.value())
                    .append(' ').append(scalar.style()).append(' ').append(scalar.type()).append(' ')
                    .append(scalar.range()).append(' ').append(scalar.contentRange()).append(' ')
                    .append(scalar.sourceRange(1, 3)).append('\n'));
        }
        return out.toString();
    }
}
