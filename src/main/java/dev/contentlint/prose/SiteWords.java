package dev.contentlint.prose;

import dev.contentlint.page.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts, over the pages of a site, the pages on which each word unknown to the spelling
 * dictionary is used. A typo is a one-off; a word that many pages use is the site's own
 * (a term, a name, a borrowed word), which makes the count a start for a vocabulary file.
 * Spellings that differ only in case count as one word.
 */
public final class SiteWords {
    /** A word in the form to list, and the number of pages that use it. */
    public record Word(String form, int pages) {}

    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    /** Adds the words the spelling rule reports on one page ({@link ProseService#misspelledWords(Page)}). */
    public void add(Set<String> pageWords) {
        Set<String> keys = new HashSet<>();
        for (String word : pageWords) {
            String key = word.toLowerCase(Locale.ROOT);
            forms.computeIfAbsent(key, k -> new HashMap<>()).merge(word, 1, Integer::sum);
            if (keys.add(key)) {
                pages.merge(key, 1, Integer::sum);
            }
        }
    }

    /** The words used on at least {@code minPages} pages, most used first, then alphabetically (ignoring case). */
    public List<Word> usedOnAtLeast(int minPages) {
        List<Word> words = new ArrayList<>();
        pages.forEach((key, count) -> {
            if (count >= minPages) {
                words.add(new Word(form(key), count));
            }
        });
        words.sort(Comparator.comparingInt(Word::pages).reversed()
                .thenComparing(Word::form, String.CASE_INSENSITIVE_ORDER).thenComparing(Word::form));
        return words;
    }

    /**
     * The lowercase form when the site ever writes the word so (LanguageTool then accepts it
     * capitalized too), else the site's most frequent form ("Wernicke", "NaCl").
     */
    private String form(String key) {
        Map<String, Integer> written = forms.get(key);
        if (written.containsKey(key)) {
            return key;
        }
        return written.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
