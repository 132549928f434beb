package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteWordsTest {
    @Test
    void countsPagesNotUsesAndMergesSpellingsThatDifferInCase() {
        SiteWords words = new SiteWords();
        words.add(Set.of("photosyntesis", "Wernicke"));
        words.add(Set.of("Photosyntesis", "photosyntesis", "Wernicke"));
        words.add(Set.of("Photosyntesis", "teh"));
        words.add(Set.of("WERNICKE", "Wernicke", "zorblat"));
        assertEquals(List.of(new SiteWords.Word("photosyntesis", 3), new SiteWords.Word("Wernicke", 3)),
                words.usedOnAtLeast(3), "the lowercase form when the site writes it, else the most frequent form");
        assertEquals(List.of(new SiteWords.Word("photosyntesis", 3), new SiteWords.Word("Wernicke", 3),
                new SiteWords.Word("teh", 1), new SiteWords.Word("zorblat", 1)), words.usedOnAtLeast(1),
                "most used first, then alphabetically");
        assertEquals(List.of(), words.usedOnAtLeast(4));
    }
}
