package dev.contentlint.config;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * What a site writes in its Markdown that is markup, not prose, as the profile's
 * {@code markdown} says: inline patterns read as a placeholder word, as inline code is (macros
 * such as {@code {{cssxref("color")}}}; Vale's TokenIgnores), block patterns left out
 * entirely (Vale's BlockIgnores), and whether {@code - term} followed by {@code   - : text} is a
 * definition list, whose ':' is markup.
 */
public record MarkdownDialect(List<Pattern> inlineMarkup, List<Pattern> blockMarkup, boolean definitionLists) {
    public static final MarkdownDialect NONE = new MarkdownDialect(List.of(), List.of(), false);

    public MarkdownDialect {
        inlineMarkup = List.copyOf(inlineMarkup);
        blockMarkup = List.copyOf(blockMarkup);
    }

    public boolean isNone() {
        return inlineMarkup.isEmpty() && blockMarkup.isEmpty() && !definitionLists;
    }

    /** What changes which characters are prose, for the prose cache's key. */
    public String fingerprint() {
        return "inline=" + inlineMarkup.stream().map(Pattern::pattern).toList() + "\nblocks="
                + blockMarkup.stream().map(Pattern::pattern).toList() + "\ndefinition-lists=" + definitionLists;
    }
}
