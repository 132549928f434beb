package dev.contentlint.prose;

import dev.contentlint.config.MarkdownDialect;
import dev.contentlint.config.ProseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * One LanguageTool instance, configured for a run. An instance is not thread-safe, so each
 * worker has its own; only this class and {@link LeanEnglish} touch LanguageTool.
 */
final class LanguageToolChecker {
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    private final JLanguageTool tool;
    /**
     * LanguageTool's cache, of which only the analyses are used: it keeps matches too, but gives
     * them back with a stand-in rule that is no longer a spelling rule, so those are dropped
     * before each check (ProseCache keeps the matches).
     */
    private final ResultCache analyses;
    private final Language language;
    private final int suggestions;
    private final int typoDistance;
    private final SpellingFilter spellingFilter;
    private final MarkdownDialect dialect;
    private final List<SpellingCheckRule> spellers = new ArrayList<>();

    /**
     * The first instance in a JVM loads LanguageTool's data, about 3 s on one thread. Parts of it
     * do not wait for each other, so they load on two: a background thread loads the chunker's
     * models, then the spelling dictionaries, while this one loads the rules, then the tagger's
     * and the disambiguator's data. Later instances find it all loaded.
     *
     * @throws ProseSetupException for an unknown language, rule or category id
     */
    LanguageToolChecker(ProseSettings options) {
        this(options, false);
    }

    /**
     * The analyses of the sentences this instance checked lately, so that the check of a text's
     * text-level rules and those of its paragraphs' sentence rules analyse each sentence once,
     * and an edit of one sentence of a paragraph re-analyses only that sentence.
     */
    private static final long ANALYSES_KEPT = 1_000;
    private static final long ANALYSES_MINUTES = 10;

    /** @param keepAnalyses whether to keep the analyses of the sentences checked lately (see {@link #analyses}) */
    LanguageToolChecker(ProseSettings options, boolean keepAnalyses) {
        Language lean = LeanEnglish.forCode(options.language(), options.chunker());
        this.language = lean != null ? lean : stockLanguage(options.language(), options.origin("language"));
        // The lean languages' chunker decodes greedily once its models are swapped in.
        CompletableFuture<Void> chunkerModels = lean != null && options.chunker()
                ? CompletableFuture.runAsync(GreedyChunking::install, LanguageToolChecker::inBackground)
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Void> dictionaries = chunkerModels.thenRunAsync(this::loadDictionaries,
                LanguageToolChecker::inBackground);
        this.analyses = keepAnalyses ? new ResultCache(ANALYSES_KEPT, ANALYSES_MINUTES, TimeUnit.MINUTES) : null;
        this.tool = new JLanguageTool(language, null, analyses);
        this.suggestions = options.suggestions();
        this.typoDistance = options.typoDistance();
        WordFrequencies frequencies = WordFrequencies.forLanguage(options.language());
        this.spellingFilter = new SpellingFilter(options, new SpellingFilter.Dictionary() {
            @Override
            public boolean knows(String word) {
                return LanguageToolChecker.this.knows(word);
            }

            @Override
            public int frequency(String word) {
                return frequencies.of(word);
            }
        });
        this.dialect = options.markdown();
        // Overlaps are resolved by this class, after suggestions are known to be needed.
        tool.setCleanOverlappingMatches(false);
        Set<String> categories = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (Rule rule : tool.getAllRules()) {
            categories.add(rule.getCategory().getId().toString());
            rules.add(rule.getId());
        }
        for (String id : options.disabledRules()) {
            switchRule(id, "disabled-rules", categories.contains(id), rules.contains(id), options,
                    () -> tool.disableCategory(new CategoryId(id)), () -> tool.disableRule(id));
        }
        for (String id : options.enabledRules()) {
            switchRule(id, "enabled-rules", categories.contains(id), rules.contains(id), options,
                    () -> tool.enableRuleCategory(new CategoryId(id)), () -> tool.enableRule(id));
        }
        keepSpellingRule(options);
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(new ArrayList<>(options.vocabulary().words()));
                if (speller.isDictionaryBasedSpellingRule()) {
                    spellers.add(speller);
                    SpellerMatches.register(speller);
                }
            }
        }
        chunkerModels.join(); // before any text is analysed: the chunker reads its models at each use
        try {
            tool.getAnalyzedSentence("This loads the tagger's and the disambiguator's data.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            dictionaries.join();
        }
    }

    /**
     * The dictionary's spelling rule is what the {@code spelling} rule reports, so switching off
     * its category (the default profile turns off {@code TYPOS} and lists the rules of it to keep)
     * leaves it on; naming its id in {@code disabled-rules} turns it off. Its id differs by
     * language variant (MORFOLOGIK_RULE_EN_US, MORFOLOGIK_RULE_EN_GB), so a profile cannot name
     * it for every variant.
     */
    private void keepSpellingRule(ProseSettings options) {
        SpellingCheckRule speller = language.getDefaultSpellingRule();
        if (speller != null && !options.disabledRules().contains(speller.getId())) {
            tool.enableRule(speller.getId());
        }
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "languagetool-loading");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Spelling rules load their dictionaries when first asked about a word, into a cache that
     * every instance shares; the language's own spelling rule loads the same ones.
     */
    private void loadDictionaries() {
        SpellingCheckRule speller = language.getDefaultSpellingRule();
        if (speller != null) {
            try {
                speller.isMisspelled("word");
            } catch (IOException | RuntimeException e) {
                // the first check that needs them reports it
            }
        }
    }

    /** An id in the settings names a category or a rule; anything else is a mistake in the configuration. */
    private static void switchRule(String id, String key, boolean isCategory, boolean isRule, ProseSettings options,
            Runnable onCategory, Runnable onRule) {
        if (isCategory) {
            onCategory.run();
        } else if (isRule) {
            onRule.run();
        } else {
            throw new ProseSetupException(options.origin(key + ":" + id) + "prose." + key + ": '" + id
                    + "' is neither a LanguageTool rule nor a category of " + options.language());
        }
    }

    private static Language stockLanguage(String code, String origin) {
        if (!Languages.isLanguageSupported(code)) {
            throw new ProseSetupException(origin + "prose.language: '" + code + "' is not a language LanguageTool supports here"
                    + " (for example en-US, en-GB)");
        }
        return Languages.getLanguageForShortCode(code);
    }

    /** The rule id of the match that says a text was too long to check. */
    static final String TOO_LONG_RULE = "CONTENTLINT_TOO_LONG";
    static final int MAX_TEXT_CHARS = 500_000;
    static final int MAX_SENTENCE_CHARS = 10_000;

    /** Checks Markdown prose with every rule; offsets in the matches are offsets into {@code markdown}. */
    List<ProseMatch> check(String markdown) {
        return SpellingFilter.withCloseWordsShown(markdown, check(markdown, RuleScope.ALL), typoDistance);
    }

    /**
     * Checks Markdown prose with the rules of {@code scope}; offsets in the matches are offsets
     * into {@code markdown}. Its misspellings include those that need a close word elsewhere on
     * the page ({@link ProseMatch#needsCloseWord}), for the caller to decide on.
     */
    List<ProseMatch> check(String markdown, RuleScope scope) {
        MarkdownProse.Annotated annotated = MarkdownProse.annotate(markdown, dialect, !scope.wholeText());
        ProseMatch tooLong = tooLongToCheck(markdown, annotated.text().getPlainText());
        if (tooLong != null) {
            return List.of(tooLong);
        }
        List<RuleMatch> matches;
        try {
            if (analyses != null) {
                analyses.getMatchesCache().invalidateAll();
            }
            matches = tool.check(annotated.text(), true, switch (scope) {
                case SENTENCES -> JLanguageTool.ParagraphHandling.ONLYNONPARA;
                case TEXT -> JLanguageTool.ParagraphHandling.ONLYPARA;
                case ALL -> JLanguageTool.ParagraphHandling.NORMAL;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProseMatch> out = new ArrayList<>();
        ForeignParagraphs foreign = new ForeignParagraphs(markdown, matches);
        for (RuleMatch match : withoutOverlaps(matches)) {
            boolean spelling = SpellerMatches.isSpelling(match);
            String flagged = markdown.substring(match.getFromPos(), match.getToPos());
            if (!annotated.coversProse(match.getFromPos(), match.getToPos()) || foreign.contains(match.getFromPos())
                    || spelling && !spellingFilter.mayBeSlip(markdown, match.getFromPos(), match.getToPos())
                    || !spelling && !GrammarFilter.reports(match.getRule().getId(), markdown, match.getFromPos(), match.getToPos())) {
                continue; // a match on placeholders only ("X1 X1"), in another language, a word the project accepts, or known noise
            }
            List<String> suggested = spelling || suggestions > 0 ? match.getSuggestedReplacements() : List.of();
            boolean needsCloseWord = spelling && !spellingFilter.looksLikeSlip(markdown, flagged, suggested);
            if (needsCloseWord && !spellingFilter.mayBeSlipOfPageWord(flagged)) {
                continue; // close to no word it could be a slip for: a term, not a slip
            }
            out.add(new ProseMatch(spelling, match.getRule().getId(), match.getRule().getCategory().getId().toString(),
                    match.getFromPos(), match.getToPos(), plain(match.getMessage()),
                    List.copyOf(suggested.subList(0, Math.min(suggestions, suggested.size()))), needsCloseWord));
        }
        return out;
    }

    /**
     * A match that says the text was not checked, when it is longer than LanguageTool can check
     * in reasonable time, or null. LanguageTool's disambiguation grows faster than linearly with
     * a sentence's length: a run of 100,000 words without a full stop did not finish in 8 minutes.
     * Real sentences are a few hundred characters, real answers tens of thousands.
     */
    private ProseMatch tooLongToCheck(String markdown, String plain) {
        String reason = null;
        if (plain.length() > MAX_TEXT_CHARS) {
            reason = String.format("the text has %,d characters of prose, over the %,d that are checked", plain.length(),
                    MAX_TEXT_CHARS);
        } else {
            int longest = 0;
            for (String sentence : language.getSentenceTokenizer().tokenize(plain)) {
                longest = Math.max(longest, sentence.length());
            }
            if (longest > MAX_SENTENCE_CHARS) {
                reason = String.format("it has a sentence of %,d characters, over the %,d that are checked", longest,
                        MAX_SENTENCE_CHARS);
            }
        }
        if (reason == null) {
            return null;
        }
        int end = 0;
        while (end < markdown.length() && end < 80 && !Character.isWhitespace(markdown.charAt(end))) {
            end++;
        }
        return new ProseMatch(false, TOO_LONG_RULE, "CONTENTLINT", 0, Math.max(end, Math.min(1, markdown.length())),
                "grammar and spelling not checked: " + reason, List.of());
    }

    /** Whether one of the dictionary-based spelling rules accepts the word. */
    private boolean knows(String word) {
        try {
            for (SpellingCheckRule speller : spellers) {
                if (!speller.isMisspelled(word)) {
                    return true;
                }
            }
            return spellers.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps one match where matches overlap, as LanguageTool itself would: the rule of higher
     * priority, then the longer match, then the later one.
     */
    private List<RuleMatch> withoutOverlaps(List<RuleMatch> matches) {
        List<RuleMatch> kept = new ArrayList<>();
        RuleMatch previous = null;
        for (RuleMatch match : matches) {
            if (previous == null || match.getFromPos() >= previous.getToPos()) {
                if (previous != null) {
                    kept.add(previous);
                }
                previous = match;
                continue;
            }
            int current = language.getRulePriority(match.getRule());
            int before = language.getRulePriority(previous.getRule());
            if (current == before) {
                current = match.getToPos() - match.getFromPos();
                before = previous.getToPos() - previous.getFromPos();
            }
            if (current >= before) {
                previous = match;
            }
        }
        if (previous != null) {
            kept.add(previous);
        }
        return kept;
    }

    /** LanguageTool marks suggestions in its messages with tags; the message is shown as plain text. */
    private static String plain(String message) {
        return SUGGESTION_TAG.matcher(message).replaceAll("'");
    }
}
