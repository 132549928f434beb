package dev.contentlint.prose;

import java.util.List;

/**
 * One LanguageTool match on a prose text, in offsets into that text. It holds only plain
 * values, so that it can be cached on disk and read back without LanguageTool.
 *
 * @param spelling    whether a spelling rule made it (the {@code spelling} rule reports it;
 *                    every other match goes to {@code grammar})
 * @param ruleId      LanguageTool's rule id, such as {@code EN_A_VS_AN}
 * @param category    LanguageTool's category id, such as {@code GRAMMAR}
 * @param suggestions the first suggested replacements, best first
 * @param needsCloseWord for an unknown word that is close to no common word: it is a slip only
 *                    if the page writes a word it is one edit from often ("pseudoperipheral" on
 *                    a page that writes "pseudoperipteral"), which only the whole page shows
 */
public record ProseMatch(boolean spelling, String ruleId, String category, int from, int to, String message,
        List<String> suggestions, boolean needsCloseWord) {

    public ProseMatch {
        suggestions = List.copyOf(suggestions);
    }

    public ProseMatch(boolean spelling, String ruleId, String category, int from, int to, String message,
            List<String> suggestions) {
        this(spelling, ruleId, category, from, to, message, suggestions, false);
    }

    /** The same match in a text that starts {@code offset} characters before this one's. */
    public ProseMatch shifted(int offset) {
        return offset == 0 ? this : new ProseMatch(spelling, ruleId, category, from + offset, to + offset, message,
                suggestions, needsCloseWord);
    }
}
