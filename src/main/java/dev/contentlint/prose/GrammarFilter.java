package dev.contentlint.prose;

import java.util.List;
import java.util.function.Supplier;

/**
 * Leaves out two kinds of grammar match that real pages show to be noise (docs/prose.md), and
 * keeps the rest of what their rules find:
 * <ul>
 *   <li>{@code EN_SPECIFIC_CASE} where the text differs from the name LanguageTool suggests
 *       only in its first letter: "ancient Greece", "southern Europe". A descriptive word before
 *       a name is lowercase in most style guides. "times square" and "mother teresa" are still
 *       reported.</li>
 *   <li>{@code EN_UNPAIRED_QUOTES} on a single quote. It is also the apostrophe, so possessives
 *       ("the tourists' detachment") and names ("Thiong’o") read as quotes left open. Unpaired
 *       double quotes, such as those an import leaves in {@code ""The Hills""}, are still
 *       reported.</li>
 * </ul>
 */
final class GrammarFilter {
    private GrammarFilter() {}

    /** Whether a grammar match of rule {@code ruleId} on {@code flagged} is reported. */
    static boolean reports(String ruleId, String flagged, Supplier<List<String>> suggestions) {
        return switch (ruleId) {
            case "EN_SPECIFIC_CASE" -> !onlyFirstLetterDiffers(flagged, suggestions.get());
            case "EN_UNPAIRED_QUOTES" -> !isSingleQuote(flagged);
            default -> true;
        };
    }

    private static boolean onlyFirstLetterDiffers(String flagged, List<String> suggestions) {
        if (suggestions.isEmpty() || flagged.isEmpty()) {
            return false;
        }
        String name = suggestions.get(0);
        int first = Character.charCount(flagged.codePointAt(0));
        return name.length() == flagged.length() && Character.isLowerCase(flagged.codePointAt(0))
                && name.codePointAt(0) == Character.toUpperCase(flagged.codePointAt(0))
                && name.regionMatches(first, flagged, first, flagged.length() - first);
    }

    private static boolean isSingleQuote(String flagged) {
        return flagged.equals("'") || flagged.equals("\u2018") || flagged.equals("\u2019");
    }
}
