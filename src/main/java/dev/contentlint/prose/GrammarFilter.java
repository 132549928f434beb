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
 *       chemistry and physics write in lowercase: "α-D-glucosamine", "β-blockers"; or that
 *       follows an exclamation inside a sentence ("an Aha! moment"); or that starts with a single
 *       letter, which is notation ("s and p character"), with a code name split by markup
 *       ("**test**_expression"), with letters without a vowel ("sp hybridization") or with a
 *       name that has a capital inside ("edX").</li>
 *   <li>{@code ADMIT_ENJOY_VB} on a past participle and "to": "must be considered to ensure" is a
 *       passive, not "consider to"; on a plural noun in a list ("charts, tables, and reports
 *       to visualize data"); and after "from" ("from reporting to foster care").</li>
 *   <li>{@code EN_SPECIFIC_CASE} on a compass word before a place ("northern territory"): a
 *       descriptive word, lowercase in most style guides.</li>
 *   <li>{@code EN_SPECIFIC_CASE} on a title before a name written as one ("vice president of
 *       the United States"): a generic title is lowercase.</li>
 *   <li>{@code AGREEMENT_SENT_START} where a plural verb follows in the sentence ("The
 *       characteristics of industrial markets in B2B marketing are": the word it reads as a
 *       singular verb is a plural noun), in a question ("what functionalities does it offer?")
 *       and after a comma, where the verb's subject is a name with an apposition ("The
 *       Missionaries of Charity, the order she founded, has"), and on the name of a field in
 *       -ics, which is singular ("Mechatronics plays", "mechatronics is").</li>
 *   <li>{@code HE_VERB_AGR} on a plural verb before two subjects joined by "and" ("How are Don
 *       Quixote and Sancho Panza characterized?"), and on a base form after an auxiliary
 *       earlier in the sentence ("What role did Mahatma Gandhi play"), or after a name's "Jr.",
 *       which ends no sentence ("Martin Luther King Jr., and Mother Teresa share").</li>
 *   <li>{@code ENGLISH_WORD_REPEAT_RULE} on words with capitals: names and terms ("template
 *       template parameters" in a bold heading, "logical OR and AND"); "the the" is still
 *       reported.</li>
 *   <li>{@code MD_BASEFORM} after "will" as a noun ("political will influences"), and in a
 *       question, where the verb comes after the subject ("How can standardized presentation
 *       enhance").</li>
 *   <li>{@code A_NNS} on an article after a slash ("Latino/a children"), and on a capital "A"
 *       inside a sentence, a letter or a group ("for A antigens"), or at its start when the sentence
 *       names another capital letter ("A pairs with T").</li>
 *   <li>{@code EN_A_VS_AN} inside italics or quotes, or between two capitalized words, where the
 *       article is a word of another language (Irish "ar an sean-nós", "Creagan an Fhithich").</li>
 * </ul>
 */
final class GrammarFilter {
    private GrammarFilter() {}

    private static final java.util.Set<String> COMPASS = java.util.Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");

    /** Whether a grammar match of rule {@code ruleId} on {@code text} from {@code from} to {@code to} is reported. */
    static boolean reports(String ruleId, String text, int from, int to, Supplier<List<String>> suggestions) {
        String flagged = text.substring(from, to);
        boolean noise = switch (ruleId) {
            case "EN_SPECIFIC_CASE" -> COMPASS.contains(firstWord(flagged)) || titleBeforeAName(flagged, suggestions.get());
            case "AGREEMENT_SENT_START" -> pluralVerbFollows(text, to) || question(text, to) || afterComma(text, from)
                    || firstWord(flagged).endsWith("ics") || wordBefore(text, from).endsWith("ics");
            case "HE_VERB_AGR" -> pluralVerbBeforeTwoSubjects(text, from, to) || afterAuxiliary(text, from)
                    || afterAbbreviation(text, from);
            case "EN_A_VS_AN" -> SpellingFilter.quotedOrItalic(text, from, to) || insideAName(text, from, to);
            case "ADMIT_ENJOY_VB" -> firstWord(flagged).endsWith("ed") && flagged.contains(" to ")
                    || firstWord(flagged).endsWith("s") && List.of("and", "or").contains(wordBefore(text, from))
                    || wordBefore(text, from).equals("from");
            case "UPPERCASE_SENTENCE_START" -> afterInnerExclamation(text, from) || flagged.length() == 1
                    || codeNameGoesOn(text, to) || lowercaseNotation(flagged);
            case "ENGLISH_WORD_REPEAT_RULE" -> !flagged.equals(flagged.toLowerCase(java.util.Locale.ROOT));
            case "MD_BASEFORM" -> willAsANoun(text, from) || question(text, to);
            case "A_NNS" -> from > 0 && text.charAt(from - 1) == '/'
                    || flagged.startsWith("A ") && (!startsSentence(text, from) || letterNamedInSentence(text, from));
            default -> false;
        };
        return !noise && reports(ruleId, flagged, suggestions);
    }

    /** Lowercase words before a capitalized name, where LanguageTool's suggestion only capitalizes them. */
    private static boolean titleBeforeAName(String flagged, List<String> suggestions) {
        if (suggestions.isEmpty() || !suggestions.get(0).equalsIgnoreCase(flagged)
                || !Character.isLowerCase(flagged.codePointAt(0))) {
            return false;
        }
        for (String word : flagged.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BEFORE_NOUN_WILL = java.util.Set.of("political", "free", "good", "ill",
            "popular", "public", "collective", "general", "own", "the", "a", "his", "her", "their", "its", "our", "your");

    /** The nearest word before the match that is "will", when the word before that makes it a noun: "political will". */
    private static boolean willAsANoun(String text, int from) {
        String[] words = text.substring(sentenceStart(text, from), from).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        for (int i = words.length - 1; i > 0 && i >= words.length - 3; i--) {
            if (words[i].equals("will")) {
                return BEFORE_NOUN_WILL.contains(words[i - 1]);
            }
        }
        return false;
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("do", "does", "did", "can", "could",
            "will", "would", "shall", "should", "may", "might", "must");

    /** Whether an auxiliary verb stands earlier in the sentence: "did ... play" is a base form after "did". */
    private static boolean afterAuxiliary(String text, int from) {
        int start = sentenceStart(text, from);
        for (String word : text.substring(start, from).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (AUXILIARIES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence, as a full stop would split it, starts after an initial or a title
     * ("Martin Luther King Jr., and Mother Teresa share"): LanguageTool reads the verb's subject
     * as the last name alone.
     */
    private static boolean afterAbbreviation(String text, int from) {
        int start = sentenceStart(text, from);
        return start > 0 && text.charAt(start - 1) == '.' && SpellingFilter.afterInitialOrTitle(text, start - 1);
    }

    private static int sentenceStart(String text, int from) {
        int i = from;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** Whether the sentence ends with a question mark. */
    private static boolean question(String text, int to) {
        for (int i = to; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (".!\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterComma(String text, int from) {
        int i = from - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    /** Whether "are", "were" or "have" follows before the sentence ends. */
    private static boolean pluralVerbFollows(String text, int to) {
        for (int i = to; i < text.length(); i++) {
            char c = text.charAt(i);
            if (".!?;:\n".indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ' && (text.startsWith(" are ", i) || text.startsWith(" were ", i) || text.startsWith(" have ", i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether capitalized words stand on both sides: an article inside a name of another language ("Creagan an Fhithich"). */
    private static boolean insideAName(String text, int from, int to) {
        return from >= 2 && text.charAt(from - 1) == ' ' && Character.isUpperCase(firstLetterOfWordBefore(text, from - 1))
                && to + 1 < text.length() && text.charAt(to) == ' ' && Character.isUpperCase(text.charAt(to + 1));
    }

    private static char firstLetterOfWordBefore(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? text.charAt(start) : ' ';
    }

    /**
     * A word that is written in lowercase on purpose: letters without a vowel ("sp
     * hybridization", "dsp"), which are symbols, or a capital inside ("edX", "iOS"), a name
     * its owner writes so. "the meeting starts" at a sentence start is still reported.
     */
    private static boolean lowercaseNotation(String flagged) {
        String word = firstWord(flagged);
        boolean innerCapital = !firstWordAsWritten(flagged).equals(word) && Character.isLowerCase(flagged.codePointAt(0));
        return innerCapital || word.length() <= 4 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static String firstWordAsWritten(String flagged) {
        int space = flagged.indexOf(' ');
        return space < 0 ? flagged : flagged.substring(0, space);
    }

    /**
     * Whether the sentence names another capital letter on its own, as notation does ("A pairs
     * with T", "blood groups A and B"): its "A" is a letter too, not the article.
     */
    private static boolean letterNamedInSentence(String text, int from) {
        int start = sentenceStart(text, from);
        for (int i = start; i < text.length() && ".!?\n".indexOf(text.charAt(i)) < 0; i++) {
            char c = text.charAt(i);
            boolean alone = Character.isUpperCase(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
            if (alone && c != 'A' && c != 'I') {
                return true;
            }
        }
        return false;
    }

    /** Whether, past emphasis marks, the word goes on with an underscore: "**test**_expression". */
    private static boolean codeNameGoesOn(String text, int to) {
        int i = to;
        while (i < text.length() && text.charAt(i) == '*') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '_';
    }

    private static boolean startsSentence(String text, int from) {
        return SpellingFilter.startsSentence(text, from);
    }

    /** The word before position {@code from}, in lower case, or "". */
    private static String wordBefore(String text, int from) {
        int end = from;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstWord(String flagged) {
        int space = flagged.indexOf(' ');
        return (space < 0 ? flagged : flagged.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    }

    /** A question in which "are", "were", "have" or "do" comes before "and": "How are X and Y characterized?" */
    private static boolean pluralVerbBeforeTwoSubjects(String text, int from, int to) {
        if (!java.util.Set.of("are", "were", "have", "do").contains(text.substring(from, to).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean and = false;
        for (int i = to; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return and;
            }
            if (".!;\n".indexOf(c) >= 0) {
                return false;
            }
            and |= text.startsWith(" and ", i);
        }
        return false;
    }

    /** Whether the word follows "!" with no sentence-ending space, or a one-word exclamation inside quotes ("Aha!"). */
    private static boolean afterInnerExclamation(String text, int from) {
        int i = from - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"'”’*_".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '!') {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // a single capitalized word before "!", itself inside a sentence: "an Aha! moment", "the "Eureka!" effect"
        int before = wordStart - 1;
        while (before >= 0 && "\"'“‘*_".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return wordStart < i && Character.isUpperCase(text.charAt(wordStart)) && before > 0 && text.charAt(before) == ' '
                && Character.isLetter(text.charAt(before - 1));
    }

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
