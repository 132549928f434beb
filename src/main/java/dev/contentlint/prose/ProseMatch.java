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
 */
public record ProseMatch(boolean spelling, String ruleId, String category, int from, int to, String message,
        List<String> suggestions) {

    public ProseMatch {
        suggestions = List.copyOf(suggestions);
    }

    /** The same match in a text that starts {@code offset} characters before this one's. */
    public ProseMatch shifted(int offset) {
        return offset == 0 ? this : new ProseMatch(spelling, ruleId, category, from + offset, to + offset, message,
                suggestions);
    }
}
