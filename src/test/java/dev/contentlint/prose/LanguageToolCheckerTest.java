package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ProseSettings;
import java.util.List;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** One LanguageTool instance as contentlint sets it up: the chunker decodes greedily and its rules still fire. */
class LanguageToolCheckerTest {
    private static final LanguageToolChecker CHECKER = new LanguageToolChecker(ProseSettings.defaults());

    private static List<String> rules(String text) {
        return CHECKER.check(text).stream().map(ProseMatch::ruleId).toList();
    }

    @Test
    void aSentenceTooLongToCheckIsReportedNotCheckedForMinutes() {
        String words = "the cat sat on a mat while energy flows through circuits ".repeat(2_000); // 116,000 chars
        List<ProseMatch> matches = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> CHECKER.check("Fine start. " + words + "end."));
        assertEquals(List.of(LanguageToolChecker.TOO_LONG_RULE), matches.stream().map(ProseMatch::ruleId).toList());
        assertTrue(matches.get(0).message().contains("a sentence of 114,004 characters"), matches.get(0).message());
        assertEquals("Fine", "Fine start.".substring(matches.get(0).from(), matches.get(0).to()));
    }

    @Test
    void aTextTooLongToCheckIsReported() {
        String text = "A short sentence is checked here. ".repeat(15_000); // 510,000 chars
        List<ProseMatch> matches = CHECKER.check(text);
        assertEquals(List.of(LanguageToolChecker.TOO_LONG_RULE), matches.stream().map(ProseMatch::ruleId).toList());
        assertTrue(matches.get(0).message().contains("over the 500,000 that are checked"), matches.get(0).message());
    }

    @Test
    void theChunkerDecodesGreedilyAndRulesThatReadChunksStillFire() {
        assertTrue(GreedyChunking.active(), "the chunker's beam is 1");
        assertTrue(rules("It's tail was long.").contains("IT_IS_2"), "needs chunk tags");
        assertTrue(rules("Its a slow process.").contains("IT_IS"));
    }

    @Test
    void theGreedyTaggerReadsTheFeaturesItsModelWasTrainedWith() {
        POSModel tagger = (POSModel) GreedyChunking.modelIn("posModel");
        assertInstanceOf(DefaultPOSContextGenerator.class, tagger.getFactory().getPOSContextGenerator(0));
        // Correct sentences from the corpus that a tagger reading other features took for agreement errors.
        assertEquals(List.of(), rules("How did the fall of Nazi Germany reshape the political boundaries in Europe?"));
        assertEquals(List.of(), rules("The Great Railroad Strike of 1877 had a profound impact on the government's"
                + " response to labor movements in the United States."));
    }

    @Test
    void spellingSuggestionsAreShownAndCappedAndTheMatchIsPlaced() {
        String text = "We recieve it.";
        List<ProseMatch> matches = CHECKER.check(text);
        assertEquals(1, matches.size(), matches::toString);
        ProseMatch match = matches.get(0);
        assertTrue(match.spelling());
        assertEquals("recieve", text.substring(match.from(), match.to()));
        assertEquals("receive", match.suggestions().get(0));
        assertTrue(match.suggestions().size() <= ProseSettings.DEFAULT_SUGGESTIONS);
        assertFalse(match.message().contains("<suggestion>"), "LanguageTool's markup is removed");
    }
}
