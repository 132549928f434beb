package dev.contentlint.config;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words the spelling rule accepts: the profile's {@code prose.words} and the lines of the
 * project's vocabulary file, where a line starting with {@code /} is a pattern that must match
 * the whole word (RE2 syntax; a closing {@code /} is optional).
 */
public record Vocabulary(Set<String> words, List<Pattern> patterns) {
    public static final Vocabulary EMPTY = new Vocabulary(Set.of(), List.of());

    public Vocabulary {
        words = Collections.unmodifiableSet(new LinkedHashSet<>(words));
        patterns = List.copyOf(patterns);
    }

    public boolean accepts(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    public Vocabulary plus(Vocabulary other) {
        Set<String> allWords = new LinkedHashSet<>(words);
        allWords.addAll(other.words);
        List<Pattern> allPatterns = new ArrayList<>(patterns);
        allPatterns.addAll(other.patterns);
        return new Vocabulary(allWords, allPatterns);
    }

    /** A stable text of the contents, for cache keys. */
    public String fingerprint() {
        StringBuilder out = new StringBuilder();
        words.stream().sorted().forEach(w -> out.append(w).append('\n'));
        patterns.stream().map(Pattern::pattern).sorted().forEach(p -> out.append('/').append(p).append('\n'));
        return out.toString();
    }
}
