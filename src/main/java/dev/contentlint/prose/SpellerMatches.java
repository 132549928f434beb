package dev.contentlint.prose;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tools.grpc.RuleData;

/**
 * Tells the matches of the dictionary's spelling rule from the others. LanguageTool's result
 * cache hands back the matches of a sentence it has checked before (a list that repeats "STs:
 * 7.5%") under a stand-in rule ({@link RuleData}) that keeps the rule's id but not its kind, so
 * the kind alone made such a misspelling a grammar finding, counted no unknown word for
 * {@link ForeignParagraphs}, and sent it through English's match filter.
 */
final class SpellerMatches {
    /** The ids of the dictionary-based spelling rules of every checker made. */
    private static final Set<String> SPELLER_IDS = ConcurrentHashMap.newKeySet();

    private SpellerMatches() {}

    /** Records a checker's spelling rule, before the checker checks any text. */
    static void register(SpellingCheckRule speller) {
        SPELLER_IDS.add(speller.getId());
    }

    static boolean isSpelling(RuleMatch match) {
        Rule rule = match.getRule();
        return rule.isDictionaryBasedSpellingRule() || rule instanceof RuleData && SPELLER_IDS.contains(rule.getId());
    }
}
