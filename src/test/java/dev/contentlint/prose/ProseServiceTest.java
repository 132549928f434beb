package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ProseSettings;
import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prose checked paragraph by paragraph, with the text-level rules and the spelling filter on
 * the whole text, finds what a check of the whole text finds; an edit of one paragraph adds
 * only that paragraph's and the text's entries to the cache.
 */
class ProseServiceTest {
    /** A misspelling, an article error, a bracket opened in one sentence and never closed, and a term used in two paragraphs. */
    private static final String TEXT = String.join("\n\n",
            "Baroreceptors sense the pressure of the blood. This is an useful signal for the heart.",
            "The brain reads the signal (and adjusts the rate. It does so within seconds.",
            "Baroreceptors fire faster when the pressure rises, and the heart slows down.",
            "Doctors measure the responce of the heart to a change of posture.");

    @Test
    void paragraphsAndTextLevelRulesFindWhatTheWholeTextCheckFinds() {
        ProseSettings settings = ProseSettings.defaults();
        ProseService service = new ProseService(settings, ProseCache.inMemory("test", "1"));
        List<ProseMatch> whole = new LanguageToolChecker(settings).check(TEXT);
        assertTrue(whole.stream().anyMatch(m -> m.ruleId().contains("UNPAIRED")), "a text-level match: " + whole);
        assertTrue(whole.stream().anyMatch(ProseMatch::spelling), "a misspelling: " + whole);
        assertTrue(whole.stream().noneMatch(m -> TEXT.substring(m.from(), m.to()).equals("Baroreceptors")),
                "a term used twice is not a misspelling: " + whole);
        assertEquals(whole, service.matches(TEXT));
    }

    /**
     * A word the page repeats is its term, unless the page writes a word it is a slip of more
     * often: issue 15's page wrote "pseudoperipheral" in its title, question, description and
     * answer, and "pseudoperipteral" six times in the answer.
     */
    @Test
    void aRepeatedSlipIsReportedWhereThePageWritesTheCloseWordMoreOften() {
        ProseService service = new ProseService(HandMadeErrorsTest.defaultProfile(), ProseCache.inMemory("test", "1"));
        String answer = "A pseudoperipteral temple has columns engaged in its walls. The pseudoperipteral plan was Roman,"
                + " and pseudoperipteral temples are common. So pseudoperipheral columns are part of the wall.";
        List<String> slips = misspelled(service, "What are pseudoperipheral columns?", answer);
        assertEquals(List.of("pseudoperipheral", "pseudoperipheral", "pseudoperipheral"), slips,
                "in the title and the question too, though neither writes the close word");
        assertEquals(List.of(), misspelled(service, "What are pseudoperipheral columns?",
                answer.replace("pseudoperipteral", "pseudoperipheral")), "the page's own term");
    }

    private static List<String> misspelled(ProseService service, String title, String answer) {
        String text = "---\ntitle: " + title + "\nquestion: " + title + "\nanswer: >-\n    " + answer + "\n---\n";
        Page page = Page.parse(Path.of("page.md"), "page.md", text);
        return service.check(page).stream().filter(f -> f.match().spelling()).map(ProseFinding::flagged).toList();
    }

    @Test
    void anEditOfOneParagraphChecksThatParagraphAndTheTextLevelRulesOnly() {
        ProseCache cache = ProseCache.inMemory("test", "1");
        ProseService service = new ProseService(ProseSettings.defaults(), cache);
        service.matches(TEXT);
        assertEquals(4 + 1, cache.size(), "each paragraph, and the text");
        List<ProseMatch> edited = service.matches(TEXT.replace("within seconds", "within a few seconds"));
        assertEquals(4 + 1 + 2, cache.size(), "the edited paragraph, and the edited text");
        assertEquals(service.matches(TEXT.replace("within seconds", "within a few seconds")), edited);
        assertEquals(List.of(), service.cachedOnly().matches("A text never checked. Not in the cache."));
    }

    @Test
    void aCancelledCheckStopsBeforeItsNextParagraphAndKeepsWhatItChecked() {
        ProseCache cache = ProseCache.inMemory("test", "1");
        ProseService service = new ProseService(ProseSettings.defaults(), cache);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // Cancelled from the third text on: the text-level rules and the first paragraph are checked.
        ProseService cancellable = service.cancelledWhen(() -> asked.incrementAndGet() > 2);
        org.junit.jupiter.api.Assertions.assertThrows(ProseCancelledException.class, () -> cancellable.matches(TEXT));
        assertEquals(3, asked.get(), "asked before each text that LanguageTool would check");
        assertEquals(2, cache.size(), "the text and the first paragraph stay cached");
        // The next check finds them there and checks only the rest.
        assertEquals(new ProseService(ProseSettings.defaults(), ProseCache.inMemory("test", "1")).matches(TEXT),
                service.matches(TEXT));
        assertEquals(4 + 1, cache.size());
    }
}
