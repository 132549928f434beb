package dev.contentlint.prose;

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
                List.of(), List.of(), 3, true, ignoreNames, termRepeats));
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
}
