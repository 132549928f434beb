package dev.contentlint.prose;

import java.util.List;
import java.util.function.Supplier;

/**
 * Leaves out kinds of grammar match that real pages show to be noise (docs/prose.md), and
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
 *   <li>{@code ADMIT_ENJOY_VB} on "used to" and a verb. The rule reads "they are used to
 *       store" as "be used to" (be accustomed to), which wants "storing"; in explanatory prose
 *       it is nearly always the passive of "use". "I enjoy to swim" is still reported.</li>
 *   <li>{@code UPPERCASE_SENTENCE_START} on a sentence that starts with a Greek letter, which
 *       chemistry and physics write in lowercase: "α-D-glucosamine", "β-blockers".</li>
 * </ul>
 */
final class GrammarFilter {
    private GrammarFilter() {}

    /** Whether a grammar match of rule {@code ruleId} on {@code flagged} is reported. */
    static boolean reports(String ruleId, String flagged, Supplier<List<String>> suggestions) {
        return switch (ruleId) {
            case "EN_SPECIFIC_CASE" -> !onlyFirstLetterDiffers(flagged, suggestions.get());
            case "EN_UNPAIRED_QUOTES" -> !isSingleQuote(flagged);
            case "ADMIT_ENJOY_VB" -> !flagged.regionMatches(true, 0, "used to ", 0, "used to ".length());
            case "UPPERCASE_SENTENCE_START" -> flagged.isEmpty()
                    || Character.UnicodeScript.of(flagged.codePointAt(0)) != Character.UnicodeScript.GREEK;
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
