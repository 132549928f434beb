package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** link-text parses only text that may have a link: an inline link, a reference link or a definition. */
class LinkTextFilterTest {
    private static final List<String> PIECES = List.of("text ", "]", "(", "[", ":", "](", "][", "]:", "]]", "\n", "x");

    @Test
    void aTextMayHaveLinksWhenABracketClosesBeforeAParenthesisABracketOrAColon() {
        Random random = new Random(3);
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String markdown = text.toString();
            boolean expected = markdown.contains("](") || markdown.contains("][") || markdown.contains("]:");
            assertEquals(expected, LinkText.mayHaveLinks(markdown), markdown);
        }
    }
}
