package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ProseSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One LanguageTool instance as contentlint sets it up: the chunker decodes greedily and its rules still fire. */
class LanguageToolCheckerTest {
    private static final LanguageToolChecker CHECKER = new LanguageToolChecker(ProseSettings.defaults());

    private static List<String> rules(String text) {
        return CHECKER.check(text).stream().map(ProseMatch::ruleId).toList();
    }

    @Test
    void theChunkerDecodesGreedilyAndRulesThatReadChunksStillFire() {
        assertTrue(GreedyChunking.active(), "the chunker's beam is 1");
        assertTrue(rules("It's tail was long.").contains("IT_IS_2"), "needs chunk tags");
        assertTrue(rules("Its a slow process.").contains("IT_IS"));
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
