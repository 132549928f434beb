package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** thin-content reads the index's count of a page's words instead of counting them again: they must agree. */
    @Test
    void theIndexCountsTheWordsThatThinContentWouldCount() {
        FieldRoles roles = new FieldRoles(Map.of(FieldRole.TEXT, "answer"));
        List<String> values = List.of("plain words here", "line\\none\\n\\ntwo", "`code\\n` and $x\\ny$", "**bold** [a](/b)",
                "&amp; <b>x</b> ½ 😀", "");
        Random random = new Random(7);
        for (int t = 0; t < 500; t++) {
            StringBuilder answer = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                answer.append(values.get(random.nextInt(values.size()))).append(' ');
            }
            String style = random.nextBoolean() ? "answer: >-\n    " : "answer: |-\n    ";
            String text = "---\ntitle: T\n" + style + answer.toString().strip() + "\n---\n"
                    + values.get(random.nextInt(values.size())).replace("\\n", "\n") + "\n";
            Page page = Page.parse(Path.of("p.md"), "p.md", text);
            assertEquals(SiteText.count(PageText.of(page, roles).text(), Integer.MAX_VALUE),
                    SiteFacts.of(page, roles).words(), text);
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
