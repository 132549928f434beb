package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The words of a page's text, and their count up to a limit, which thin-content reads instead of the words. */
class SiteTextTest {
    private static final List<String> PIECES = List.of("word", "Ünïcode", "x²", "½", "𝔘𝔫𝔦", "😀", " ", "\n", "**",
            "[link](/learn/a)", "](", "<b>", "<a\nb>", "&amp;", "&#39;", "&", "]", "<", "3.14", "don't", "-", "#");

    @Test
    void wordsDropMarkupAndLowerCase() {
        assertEquals(List.of("read", "more", "about", "x", "y"),
                SiteText.words("**Read** [more](/learn/x) about <i>x</i> &amp; Y"));
    }

    @Test
    void theCountIsTheNumberOfWordsUpToTheLimit() {
        Random random = new Random(16);
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String markdown = text.toString();
            int words = SiteText.words(markdown).size();
            assertEquals(words, SiteText.count(markdown, Integer.MAX_VALUE), markdown);
            int limit = random.nextInt(words + 2);
            assertEquals(Math.min(words, limit), SiteText.count(markdown, limit), markdown + " up to " + limit);
        }
    }

    @Test
    void wordHashesAreThoseOfTheLowerCasedWords() {
        Random random = new Random(61);
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? "İK" : "Ab");
            }
            String markdown = text.toString();
            List<String> expected = SiteText.words(markdown).stream().map(w -> w.hashCode() + "/" + w.length()).toList();
            List<String> hashed = new java.util.ArrayList<>();
            SiteText.hashWords(markdown, (hashCode, length) -> hashed.add(hashCode + "/" + length));
            assertEquals(expected, hashed, markdown);
        }
    }
}
