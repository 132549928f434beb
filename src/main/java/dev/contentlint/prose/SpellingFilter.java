package dev.contentlint.prose;

import dev.contentlint.config.ProseSettings;
import java.util.List;
import java.util.Locale;

/**
 * Decides which unknown words are reported as misspellings. LanguageTool's dictionary lacks
 * most names and technical terms; on real content they outnumber typos many times over
 * (docs/prose.md). A typo is a one-off in a common word, so these are left alone:
 * <ul>
 *   <li>words of the project's vocabulary;</li>
 *   <li>with {@code ignore-names}: words with a capital inside (CAQM, LineCalc, eDNA, kPa), and
 *       capitalized words that do not start a sentence (Sugamo, Oersted);</li>
 *   <li>with {@code term-repeats: N}: a word used N times or more in the same text, in any case
 *       (an answer that says "baroreceptors" twenty times means it);</li>
 *   <li>with {@code typo-distance: N}: a word none of whose suggestions is within N edits
 *       (insertions, deletions, substitutions or swaps of neighbours, ignoring case).
 *       "recieve", "seperate" and "teh" are one edit from a word; "proteoglycans" and
 *       "tendinopathy" are three or more from anything the dictionary has.</li>
 * </ul>
 */
final class SpellingFilter {
    private final ProseSettings settings;

    SpellingFilter(ProseSettings settings) {
        this.settings = settings;
    }

    boolean reports(String text, int from, int to) {
        String word = text.substring(from, to);
        if (!mayReport(word)) {
            return false;
        }
        if (settings.ignoreNames() && Character.isUpperCase(word.codePointAt(0)) && !startsSentence(text, from)) {
            return false;
        }
        return settings.termRepeats() == 0 || occurrences(text, word, settings.termRepeats()) < settings.termRepeats();
    }

    /** Whether the word may be reported somewhere: it is not in the vocabulary, nor a name by its letters alone. */
    boolean mayReport(String word) {
        return !settings.vocabulary().accepts(word) && !(settings.ignoreNames() && hasInnerCapital(word));
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the suggestions is close enough for the word to be a slip rather than a term. */
    boolean nearAWord(String word, List<String> suggestions) {
        int limit = settings.typoDistance();
        if (limit == 0) {
            return true;
        }
        for (String suggestion : suggestions) {
            if (editDistance(word.toLowerCase(Locale.ROOT), suggestion.toLowerCase(Locale.ROOT),
                    limit) <= limit) {
                return true;
            }
        }
        return false;
    }

    /** Damerau-Levenshtein distance (optimal string alignment); above {@code limit} it returns limit + 1. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }

    /** Whether only markup, quotes or brackets stand between the word and a sentence end or line start. */
    static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && "*_#>\"'“‘([`-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** How often the word stands as a whole word in the text, ignoring case; counts up to {@code enough}. */
    private static int occurrences(String text, String word, int enough) {
        int count = 0;
        int length = word.length();
        for (int i = 0; i + length <= text.length() && count < enough; i++) {
            if (text.regionMatches(true, i, word, 0, length)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + length == text.length() || !Character.isLetterOrDigit(text.charAt(i + length)))) {
                count++;
                i += length - 1;
            }
        }
        return count;
    }
}
