package dev.contentlint.config;

import java.util.List;
import java.util.Map;

/**
 * What the prose rules check and how: the fields holding prose (the Markdown body is always
 * checked), the language, the accepted words, LanguageTool rules or categories switched off
 * or on, how many suggestions a finding shows, whether English runs its chunker (slower,
 * more exact), and which unknown words are taken for names and terms rather than typos.
 * {@code origins} says where a setting was written ({@code file:line:col}), by key:
 * {@code language}, or {@code disabled-rules:ID} and {@code enabled-rules:ID}; it is for
 * messages only and decides nothing. {@code markdown} is the site's Markdown dialect: what is
 * markup in its prose.
 */
public record ProseSettings(
        List<String> fields,
        String language,
        Vocabulary vocabulary,
        List<String> disabledRules,
        List<String> enabledRules,
        int suggestions,
        boolean chunker,
        boolean ignoreNames,
        int termRepeats,
        int typoDistance,
        Map<String, String> origins,
        MarkdownDialect markdown) {

    public static final int DEFAULT_SUGGESTIONS = 3;
    public static final int DEFAULT_TERM_REPEATS = 2;
    public static final int DEFAULT_TYPO_DISTANCE = 2;

    public ProseSettings {
        fields = List.copyOf(fields);
        disabledRules = List.copyOf(disabledRules);
        enabledRules = List.copyOf(enabledRules);
        origins = Map.copyOf(origins);
        markdown = markdown == null ? MarkdownDialect.NONE : markdown;
    }

    public ProseSettings(List<String> fields, String language, Vocabulary vocabulary, List<String> disabledRules,
            List<String> enabledRules, int suggestions, boolean chunker, boolean ignoreNames, int termRepeats,
            int typoDistance, Map<String, String> origins) {
        this(fields, language, vocabulary, disabledRules, enabledRules, suggestions, chunker, ignoreNames, termRepeats,
                typoDistance, origins, MarkdownDialect.NONE);
    }

    public ProseSettings(List<String> fields, String language, Vocabulary vocabulary, List<String> disabledRules,
            List<String> enabledRules, int suggestions, boolean chunker, boolean ignoreNames, int termRepeats,
            int typoDistance) {
        this(fields, language, vocabulary, disabledRules, enabledRules, suggestions, chunker, ignoreNames, termRepeats,
                typoDistance, Map.of());
    }

    /** "file:line:col: " where the setting {@code key} was written, or "" when it was not written in a file. */
    public String origin(String key) {
        String at = origins.get(key);
        return at == null ? "" : at + ": ";
    }

    public static ProseSettings defaults() {
        return new ProseSettings(List.of(), "en-US", Vocabulary.EMPTY, List.of(), List.of(), DEFAULT_SUGGESTIONS, true, true,
                DEFAULT_TERM_REPEATS, DEFAULT_TYPO_DISTANCE);
    }

    /** Everything that changes what LanguageTool reports on a text; the cache keys on it. */
    public String fingerprint() {
        return "language=" + language + "\ndisabled=" + disabledRules.stream().sorted().toList()
                + "\nenabled=" + enabledRules.stream().sorted().toList() + "\nsuggestions=" + suggestions
                + "\nchunker=" + chunker + "\nignore-names=" + ignoreNames + "\nterm-repeats=" + termRepeats
                + "\ntypo-distance=" + typoDistance
                + "\nvocabulary:\n" + vocabulary.fingerprint()
                // written only for a dialect, so that the cache of a site without one keeps its key
                + (markdown.isNone() ? "" : "\nmarkdown:\n" + markdown.fingerprint());
    }
}
