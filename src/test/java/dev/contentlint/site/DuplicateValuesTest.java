package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the duplicate rules compare values: without case, and with each run of white space one space. */
class DuplicateValuesTest {
    @Test
    void oneSpacedIsWhatSplittingOnWhiteSpaceAndJoiningGives() {
        String alphabet = "ab \t\n\u000B\f\r\u2003\u00A0\u1680";
        Random random = new Random(16);
        for (int t = 0; t < 20000; t++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = value.toString();
            assertEquals(String.join(" ", text.strip().split("\\s+")), DuplicateValues.oneSpaced(text),
                    text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }

    @Test
    void aValueWithNothingToChangeIsNotCopied() {
        String title = "QuickTakes | Education studies";
        assertSame(title, DuplicateValues.oneSpaced(title));
        assertEquals("quicktakes | education studies", DuplicateValues.fold("  QuickTakes |\n Education  studies ", true, true));
    }
}
