package dev.contentlint.prose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * How common a word is, read from the frequencies that LanguageTool's English spelling
 * dictionaries carry (0 for a rare word, up to about 25 for "the"). A slip is usually made in a
 * common word; a term that the dictionary lacks is usually close only to rare ones.
 */
final class WordFrequencies {
    private static final Map<String, Optional<Dictionary>> DICTIONARIES = new ConcurrentHashMap<>();

    /** Without frequencies (a language whose dictionary has none), every word counts as common. */
    private final Speller speller;

    private WordFrequencies(Speller speller) {
        this.speller = speller;
    }

    /** The frequencies for a LanguageTool language code such as en-US; one instance serves one thread. */
    static WordFrequencies forLanguage(String code) {
        Optional<Dictionary> dictionary = DICTIONARIES.computeIfAbsent(code, WordFrequencies::read);
        return new WordFrequencies(dictionary.map(Speller::new).orElse(null));
    }

    private static Optional<Dictionary> read(String code) {
        URL url = WordFrequencies.class.getResource("/org/languagetool/resource/en/hunspell/" + code.replace('-', '_') + ".dict");
        if (url == null) {
            return Optional.empty();
        }
        try {
            Dictionary dictionary = Dictionary.read(url);
            return dictionary.metadata.isFrequencyIncluded() ? Optional.of(dictionary) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frequency of the word as written or in lower case, whichever is higher ("The" is stored as "the"). */
    int of(String word) {
        if (speller == null) {
            return SpellingFilter.COMMON;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return Math.max(speller.getFrequency(word), lower.equals(word) ? 0 : speller.getFrequency(lower));
    }
}
