package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * heading-structure parses only text that may have a heading: this is checked against
 * flexmark on texts made of the lines that make or break headings.
 */
class HeadingFilterTest {
    private static final List<String> LINES = List.of("Some text.", "- a list item", "1. a numbered item", "  ---",
            "---", "===", "  ===", "> quoted", "> ---", "- - -", "    indented code", "```", "~~~", "", "-", "=",
            "--- x", "*emphasis*", "| a | b |", "-- dash", "<div>", "  - nested item", "\t---");

    private static boolean hasHeading(String markdown) {
        for (Node node : Parser.builder().build().parse(markdown).getDescendants()) {
            if (node instanceof Heading) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyTextWithASetextHeadingIsParsed() {
        Random random = new Random(16);
        int headings = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                text.append(LINES.get(random.nextInt(LINES.size()))).append('\n');
            }
            String markdown = text.toString();
            if (hasHeading(markdown)) {
                headings++;
                assertTrue(Headings.mayHaveHeadings(markdown), markdown);
            }
        }
        assertTrue(headings > 100, "the texts had headings to find: " + headings);
    }

    /** Lines that make, break or hide ATX headings, and the contexts that could change what a line is. */
    private static final List<String> ATX_LINES = List.of("# Title", "## Section", "### Sub ###", "#### Four #",
            "###### Six", "####### seven", "#NoSpace", "#", "## ", "#\ttab", "## trailing #s ##  ", "# C# and F#",
            "  ## indented", "    # code", "1. # in an item", "- ## in an item", "> # quoted", ">## quoted",
            "\\# escaped", "Some text.", "Text with # inside", "- a list item", "1. a numbered item", "   item text",
            "> quoted", "    indented code", "[ref]: /url", "[ref]: /url 'title", "```", "~~~", "<!-- comment",
            "<div>", "</div>", "  <p>", "", "", "---", "===", "  ---", "- - -", "*emphasis*", "$$", "a = b",
            "\u00a0# no-break space", "\f", "text\rmore", "#\r", "## \u2003spaced\u2003 #\u2003", "# ## #",
            "## end \\#", "### #", "#  two  spaces  ##  ", "#\t#\t", "#######", "## a#", "# \u00a0", "# x\u000b#", "- ```", "  ~~~ x", "> ```");

    @Test
    void headingLinesAloneGiveTheHeadingsOfTheWholeParse() {
        Random random = new Random(17);
        int simple = 0;
        for (int t = 0; t < 20000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                text.append(ATX_LINES.get(random.nextInt(ATX_LINES.size())));
                if (random.nextInt(10) > 0) {
                    text.append('\n');
                }
            }
            String markdown = text.toString();
            List<Headings.Found> whole = Headings.mayHaveHeadings(markdown) ? Headings.ofDocument(markdown) : List.of();
            assertEquals(whole, Headings.of(markdown), markdown);
            if (!whole.isEmpty() && markdown.indexOf('`') < 0 && markdown.indexOf('<') < 0) {
                simple++;
            }
        }
        assertTrue(simple > 1000, "texts with headings read from their lines: " + simple);
    }

    @Test
    void aHeadingIsFoundAtItsPlace() {
        String text = "Intro\n### Causes ##\n\n1. **One**: text\n\n#### Effects\nMore";
        assertEquals(List.of(new Headings.Found(3, "Causes", 6, 9), new Headings.Found(4, "Effects", 39, 43)),
                Headings.of(text));
        assertEquals(Headings.ofDocument(text), Headings.of(text));
    }

    @Test
    void listsAndTextWithoutHeadingsAreNotParsed() {
        assertFalse(Headings.mayHaveHeadings("Intro:\n\n- one\n- two\n\n1. three\n-- not a rule"));
        assertTrue(Headings.mayHaveHeadings("- item\n  text\n  ---"), "a setext H2 inside a list item");
        assertTrue(Headings.mayHaveHeadings("Intro\n> quoted\n> ==="));
        assertTrue(Headings.mayHaveHeadings("C# is a language"), "any '#' is parsed");
    }
}
