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
        assertEquals(0, PlainAscii.prefix(new byte[0]));
        assertEquals(5, PlainAscii.prefix("ab\ncd".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, PlainAscii.prefix("ab\tcd".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, PlainAscii.prefix("ab\rcd".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, PlainAscii.prefix("ab\u007Fcd".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, PlainAscii.prefix("ab\u0000cd".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, PlainAscii.prefix("abécd".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, PlainAscii.prefix("\uFEFFab".getBytes(StandardCharsets.UTF_8)));
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
