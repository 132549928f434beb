package dev.contentlint.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * English whose spelling suggestions stay lazy, optionally without the OpenNLP chunker.
 *
 * <p>English's match filter reads every match's suggestions, which for a misspelling means a
 * costly search of the dictionary. Spelling matches skip that filter here, so their
 * suggestions are built only for the matches that are shown.
 *
 * <p>The chunker (an OpenNLP tokenizer, POS tagger and chunker run on every sentence) takes
 * about two thirds of LanguageTool's analysis time. Without it ({@code prose.chunker: false})
 * checking is about 1.6 times faster, but some rules lose matches ("It's tail was long", "a
 * tables") and others gain false ones (docs/prose.md), so it stays on by default, made cheaper
 * instead: its POS tagger and chunker decode greedily rather than by beam search (beams of 3
 * and 10). On 400 corpus answers that made checking 1.23 times faster and lost no match.
 */
final class LeanEnglish {
    private static final Map<String, Language> VARIANTS = new ConcurrentHashMap<>();

    private LeanEnglish() {}

    /**
     * The variant for a language code, or null when there is none (the stock language is used).
     * With the chunker on, {@link GreedyChunking#install()} must run before it analyses text.
     */
    static Language forCode(String code, boolean chunker) {
        if (!code.equals("en-US") && !code.equals("en-GB")) {
            return null;
        }
        return VARIANTS.computeIfAbsent(code + "/" + chunker,
                key -> code.equals("en-US") ? new US(chunker) : new GB(chunker));
    }

    private static List<RuleMatch> keepSpellingLazy(List<RuleMatch> matches,
            Function<List<RuleMatch>, List<RuleMatch>> filter) {
        List<RuleMatch> others = new ArrayList<>();
        List<RuleMatch> result = new ArrayList<>();
        for (RuleMatch match : matches) {
            (SpellerMatches.isSpelling(match) ? result : others).add(match);
        }
        result.addAll(filter.apply(others));
        result.sort(Comparator.comparingInt(RuleMatch::getFromPos).thenComparingInt(RuleMatch::getToPos));
        return result;
    }

    private static final class US extends AmericanEnglish {
        private final boolean chunker;

        US(boolean chunker) {
            super(true);
            this.chunker = chunker;
        }

        @Override
        public Chunker createDefaultChunker() {
            return chunker ? super.createDefaultChunker() : null;
        }

        @Override
        public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabled) {
            return keepSpellingLazy(matches, others -> super.filterRuleMatches(others, text, enabled));
        }
    }

    private static final class GB extends BritishEnglish {
        private final boolean chunker;

        GB(boolean chunker) {
            super(true);
            this.chunker = chunker;
        }

        @Override
        public Chunker createDefaultChunker() {
            return chunker ? super.createDefaultChunker() : null;
        }

        @Override
        public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabled) {
            return keepSpellingLazy(matches, others -> super.filterRuleMatches(others, text, enabled));
        }
    }
}
