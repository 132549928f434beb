package dev.contentlint.rules.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How duplicate keywords are compared: whitespace runs as one space, exactly as a regex split and join did. */
class KeywordSpacingTest {
    @Test
    void collapsesWhitespaceRunsAsSplitAndJoinDo() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003";
        Random random = new Random(5);
        List<String> mismatches = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String keyword = s.toString();
            String expected = String.join(" ", keyword.split("\\s+"));
            if (!expected.equals(KeywordsFormat.singleSpaced(keyword))) {
                mismatches.add(keyword);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aKeywordWithSingleSpacesIsNotCopied() {
        String keyword = "claude monet";
        assertSame(keyword, KeywordsFormat.singleSpaced(keyword));
    }
}
