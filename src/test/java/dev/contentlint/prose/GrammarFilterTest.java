package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarFilterTest {
    @Test
    void aLowercaseWordBeforeANameIsLeftButAWrongNameIsReported() {
        assertFalse(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient Greece", () -> List.of("Ancient Greece")));
        assertFalse(GrammarFilter.reports("EN_SPECIFIC_CASE", "southern Europe", () -> List.of("Southern Europe")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "times square", () -> List.of("Times Square")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient greece", () -> List.of("Ancient Greece")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient **Greece**", () -> List.of("Ancient Greece")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient Greece", List::of), "no name to compare with");
    }

    @Test
    void anUnpairedSingleQuoteIsLeftButAnUnpairedDoubleQuoteIsReported() {
        for (String quote : List.of("'", "\u2018", "\u2019")) {
            assertFalse(GrammarFilter.reports("EN_UNPAIRED_QUOTES", quote, List::of), quote);
        }
        assertTrue(GrammarFilter.reports("EN_UNPAIRED_QUOTES", "\"", List::of));
        assertTrue(GrammarFilter.reports("EN_UNPAIRED_QUOTES", "\u201C", List::of));
    }

    @Test
    void thePassiveOfUseIsLeftButAVerbAfterEnjoyIsReported() {
        assertFalse(GrammarFilter.reports("ADMIT_ENJOY_VB", "used to generate", List::of));
        assertFalse(GrammarFilter.reports("ADMIT_ENJOY_VB", "Used to model", List::of));
        assertTrue(GrammarFilter.reports("ADMIT_ENJOY_VB", "to swim", List::of));
        assertTrue(GrammarFilter.reports("ADMIT_ENJOY_VB", "avoid to ensure", List::of));
    }

    @Test
    void aSentenceStartingWithAGreekLetterIsLeftButALowercaseLatinStartIsReported() {
        assertFalse(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "α-D-glucosamine", List::of));
        assertFalse(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "β", List::of));
        assertTrue(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "the", List::of));
        assertTrue(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "", List::of));
    }

    @Test
    void otherRulesAreReportedWithoutReadingTheirSuggestions() {
        assertTrue(GrammarFilter.reports("EN_A_VS_AN", "a", () -> {
            throw new AssertionError("suggestions read");
        }));
    }
}
