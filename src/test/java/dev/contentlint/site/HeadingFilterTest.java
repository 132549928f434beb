package dev.contentlint.site;

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
                assertTrue(HeadingStructure.mayHaveHeadings(markdown), markdown);
            }
        }
        assertTrue(headings > 100, "the texts had headings to find: " + headings);
    }

    @Test
    void listsAndTextWithoutHeadingsAreNotParsed() {
        assertFalse(HeadingStructure.mayHaveHeadings("Intro:\n\n- one\n- two\n\n1. three\n-- not a rule"));
        assertTrue(HeadingStructure.mayHaveHeadings("- item\n  text\n  ---"), "a setext H2 inside a list item");
        assertTrue(HeadingStructure.mayHaveHeadings("Intro\n> quoted\n> ==="));
        assertTrue(HeadingStructure.mayHaveHeadings("C# is a language"), "any '#' is parsed");
    }
}
