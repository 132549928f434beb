package dev.contentlint.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * English without the OpenNLP chunker, and with spelling suggestions left lazy.
 *
 * <p>The chunker (an OpenNLP tokenizer, POS tagger and chunker run on every sentence) takes
 * about two thirds of LanguageTool's analysis time. Measured on 600 corpus answers, dropping it
 * made checking 1.9 times faster and left 1,574 of 1,593 matches unchanged; the differences are
 * in a few rules whose exceptions read chunks (docs/prose.md).
 *
 * <p>English's match filter reads every match's suggestions, which for a misspelling means a
 * costly search of the dictionary. Spelling matches skip it here, so their suggestions are
 * built only for the matches that are shown.
 */
final class LeanEnglish {
    private LeanEnglish() {}

    /** The lean variant for a language code, or null when there is none (the stock language is used). */
    static Language forCode(String code) {
        return switch (code) {
            case "en-US" -> US.INSTANCE;
            case "en-GB" -> GB.INSTANCE;
            default -> null;
        };
    }

    static List<RuleMatch> keepSpellingLazy(List<RuleMatch> matches,
            java.util.function.Function<List<RuleMatch>, List<RuleMatch>> filter) {
        List<RuleMatch> others = new ArrayList<>();
        List<RuleMatch> result = new ArrayList<>();
        for (RuleMatch match : matches) {
            (match.getRule().isDictionaryBasedSpellingRule() ? result : others).add(match);
        }
        result.addAll(filter.apply(others));
        result.sort(java.util.Comparator.comparingInt(RuleMatch::getFromPos).thenComparingInt(RuleMatch::getToPos));
        return result;
    }

    static final class US extends AmericanEnglish {
        static final US INSTANCE = new US();

        private US() {
            super(true);
        }

        @Override
        public Chunker createDefaultChunker() {
            return null;
        }

        @Override
        public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabled) {
            return keepSpellingLazy(matches, others -> super.filterRuleMatches(others, text, enabled));
        }
    }

    static final class GB extends BritishEnglish {
        static final GB INSTANCE = new GB();

        private GB() {
            super(true);
        }

        @Override
        public Chunker createDefaultChunker() {
            return null;
        }

        @Override
        public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabled) {
            return keepSpellingLazy(matches, others -> super.filterRuleMatches(others, text, enabled));
        }
    }
}
