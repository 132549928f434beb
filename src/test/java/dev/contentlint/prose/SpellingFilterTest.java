package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ProseSettings;
import dev.contentlint.config.Vocabulary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingFilterTest {
    private static SpellingFilter filter(boolean ignoreNames, int termRepeats) {
        return new SpellingFilter(new ProseSettings(List.of(), "en-US",
                new Vocabulary(Set.of("Kubernetes"), List.of(com.google.re2j.Pattern.compile("v[0-9]+"))),
                List.of(), List.of(), 3, true, ignoreNames, termRepeats, 2));
    }

    private static boolean reports(SpellingFilter filter, String text, String word) {
        int at = text.indexOf(word);
        return filter.reports(text, at, at + word.length());
    }

    @Test
    void typosAreReported() {
        assertTrue(reports(filter(true, 2), "We recieve it.", "recieve"));
        assertTrue(reports(filter(true, 2), "Teh end.", "Teh"), "a capital that starts a sentence is no name");
        assertTrue(reports(filter(true, 2), "First. **Teh** end.", "Teh"));
    }

    @Test
    void vocabularyWordsAndPatternsAreNot() {
        assertFalse(reports(filter(false, 0), "Run Kubernetes now.", "Kubernetes"));
        assertFalse(reports(filter(false, 0), "Use v12 now.", "v12"));
    }

    @Test
    void namesAndAcronymsAreNotWhenIgnored() {
        assertFalse(reports(filter(true, 0), "Studied by Meldrum in 1930.", "Meldrum"));
        assertFalse(reports(filter(true, 0), "The CAQM said so.", "CAQM"));
        assertFalse(reports(filter(true, 0), "A reading in mmHg here.", "mmHg"));
        assertTrue(reports(filter(false, 0), "Studied by Meldrum in 1930.", "Meldrum"));
    }

    @Test
    void aWordTheTextRepeatsIsATerm() {
        String text = "Baroreceptors fire. The baroreceptors rest.";
        assertFalse(reports(filter(true, 2), text, "baroreceptors"));
        assertTrue(reports(filter(true, 3), text, "baroreceptors"));
        assertTrue(reports(filter(true, 2), "The baroreceptorsx fire. The baroreceptors rest.", "baroreceptors"),
                "only whole words count");
        assertTrue(reports(filter(true, 0), text, "baroreceptors"), "0 switches it off");
    }

    @Test
    void aSlipIsAFewEditsFromAWordAndATermIsNot() {
        SpellingFilter filter = filter(true, 2);
        assertTrue(filter.nearAWord("recieve", List.of("receive", "relieve")), "a swap is one edit");
        assertTrue(filter.nearAWord("Teh", List.of("The")));
        assertTrue(filter.nearAWord("tranport", List.of("transport")));
        assertFalse(filter.nearAWord("tendinopathy", List.of("retinopathy")), "three edits");
        assertFalse(filter.nearAWord("proteoglycans", List.of()), "no suggestion at all");
        assertEquals(1, SpellingFilter.editDistance("recieve", "receive", 2));
        assertEquals(3, SpellingFilter.editDistance("abcdef", "a", 2), "cut off above the limit");
    }

    @Test
    void typoDistanceZeroReportsEveryUnknownWord() {
        SpellingFilter filter = new SpellingFilter(new ProseSettings(List.of(), "en-US", Vocabulary.EMPTY, List.of(),
                List.of(), 3, true, true, 2, 0));
        assertTrue(filter.nearAWord("proteoglycans", List.of()));
    }
}
