package dev.contentlint.prose;

import java.util.Locale;
import java.util.Set;

/**
 * Decides which grammar matches are reported (docs/prose.md, "Which grammar rules are on").
 *
 * <p>Some rules that find common slips also misread correct text on real pages, and every new
 * sample of pages showed new ways in which they did. So for those rules a match is reported
 * only when its context has the shape of the slip the rule is for ({@link #hasSlipShape}), and
 * a few shapes that still misread are then left out ({@link #misread}):
 * <ul>
 *   <li>{@code HE_VERB_AGR}: "he", "she" or "it" right before the verb ("He go", "She don't",
 *       "He really enjoy"). A noun before it was a misread subject every time: "deposits found
 *       in present-day Antarctica indicate", "Mahatma Gandhi play", "Mother Teresa share".</li>
 *   <li>{@code AGREEMENT_SENT_START}: a singular form of "be", "have" or "do" ("The results
 *       was"). Other words it took for verbs were plural nouns: "Systems engineers", "The Civil
 *       Rights Cases".</li>
 *   <li>{@code MD_BASEFORM}: the verb right after a modal ("can goes").</li>
 *   <li>{@code ADMIT_ENJOY_VB}: the verb after a pronoun, or after a sentence's first word,
 *       that is its subject ("I enjoy to swim", "Students avoid to"). After "to", a modal, a
 *       participle or a noun in -ing it was an infinitive of purpose: "mistakes to avoid to
 *       ensure", "can consider to enhance", "understanding to create".</li>
 *   <li>{@code EN_A_VS_AN}: a lowercase article, or one that starts a sentence, before a word of
 *       three letters or more that can follow an article ("a apple", "an car", "a
 *       essential"). Before "is" or "and" the letter is a symbol ("a is recessive"); a capital
 *       "An" inside a sentence is a word of another language ("An Gorta Mór").</li>
 *   <li>{@code EN_SPECIFIC_CASE}: a name written all in lowercase ("times square"). Where the
 *       writer capitalized some of its words, the rest is a choice of style ("UNESCO World
 *       Heritage site", "ancient Greece", "vice president of the United States").</li>
 *   <li>{@code IT_IS} and {@code IT_IS_2}: "it's" for "its" anywhere ("it's own", "It's
 *       tail"), but "its" for "it's" only where a clause can start ("Its a nice day"): after a
 *       comma or a preposition, "its binding to receptors" is a possessive. The acronym "ITS"
 *       is not the word.</li>
 * </ul>
 * {@code A_UNCOUNTABLE} and {@code A_NNS} are reported only on an article right before the noun
 * ("an advice", "records an accounts payable"): with an adjective between, the noun is
 * countable ("a fundamental freedom") or a modifier of a noun after it ("a more responsible
 * arms export policy"). {@code A_UNCOUNTABLE} is reported only on a noun that is never
 * counted ("advice", "information", "furniture"): "a food provides" is a countable sense.
 *
 * <p>No match in bold, quotes or italics is reported ({@link #mentioned}), but for a quote left
 * open. The misreadings left out within the shapes, and for other rules:
 * <ul>
 *   <li>{@code EN_UNPAIRED_QUOTES} on a single quote. It is also the apostrophe, so possessives
 *       ("the tourists' detachment") and names ("Thiong’o") read as quotes left open. Unpaired
 *       double quotes, such as those an import leaves in {@code ""The Hills""}, are still
 *       reported.</li>
 *   <li>{@code UPPERCASE_SENTENCE_START} on a sentence that starts with a Greek letter, which
 *       chemistry and physics write in lowercase: "α-D-glucosamine", "β-blockers"; or that
 *       follows an exclamation inside a sentence ("an Aha! moment"); or that starts with a single
 *       letter, which is notation ("s and p character"), or follows an initial ("H. pylori"),
 *       with a code name split by markup
 *       ("**test**_expression"), with letters without a vowel ("sp hybridization") or with a
 *       name that has a capital inside ("edX"); or after an ellipsis (". . . in a manner").</li>
 *   <li>{@code EN_SPECIFIC_CASE} on a compass word before a place ("northern territory"): a
 *       descriptive word, lowercase in most style guides; on words after an article of
 *       another language ("el campo", "una casa grande"); and after "a", "this" and their like,
 *       which make it a common noun ("a cultural revolution").</li>
 *   <li>{@code FEWER_LESS} in "or less" after a quantity ("5 grams or less"), and
 *       {@code AFFECT_EFFECT} on "effect change", to bring it about.</li>
 *   <li>{@code PERS_PRONOUN_AGREEMENT} and {@code HE_VERB_AGR} after a subject in bold, a
 *       symbol ("**I** is the impact").</li>
 *   <li>{@code AGREEMENT_SENT_START} where a plural verb follows in the sentence, in a question
 *       ("what functionalities does it offer?"), after a comma, where the verb's subject is a
 *       name with an apposition ("The Missionaries of Charity, the order she founded, has"), and
 *       after the name of a field in -ics, which is singular ("mechatronics is").</li>
 *   <li>{@code HE_VERB_AGR} on a base form after an auxiliary earlier in the sentence ("What
 *       role did he play"), and after "HE" in capitals, an acronym ("treatments for HE
 *       have").</li>
 *   <li>{@code AGREEMENT_SENT_START} after a word capitalized inside the sentence: a name in -s,
 *       often singular ("The Indian Railways has").</li>
 *   <li>{@code ENGLISH_WORD_REPEAT_RULE} on words with capitals: names and terms ("template
 *       template parameters" in a bold heading, "logical OR and AND"); "the the" is still
 *       reported.</li>
 *   <li>{@code MD_BASEFORM} after "will" as a noun ("political will influences"), and in a
 *       question, where the verb comes after the subject ("How can standardized presentation
 *       enhance").</li>
 *   <li>{@code A_NNS} on an article after a slash ("Latino/a children"), and on a capital "A"
 *       inside a sentence, a letter or a group ("for A antigens"), or at its start when the sentence
 *       names another capital letter ("A pairs with T").</li>
 *   <li>{@code EN_A_VS_AN} between two capitalized words, before a name of two capitalized words
 *       or before a word with a letter outside a to z, where the article is a word of another
 *       language ("Creagan an Fhithich", "an Gorta Mór", Portuguese "a eficiência"); after a
 *       slash, where it is an ending ("Latino/a"); and after a lone hyphen, a command's option
 *       ("the -a option").</li>
 * </ul>
 */
final class GrammarFilter {
    private GrammarFilter() {}

    /**
     * Nouns that are never counted, so that "an advice" is a slip. With others the rule misread
     * a countable sense: "a food provides", "a fundamental freedom".
     */
    private static final Set<String> NEVER_COUNTED = Set.of("advice", "information", "furniture", "equipment", "luggage",
            "baggage", "homework", "housework", "machinery", "jewelry", "jewellery", "clothing", "scenery", "feedback",
            "garbage", "rubbish", "news", "evidence", "software", "research", "traffic", "weather", "knowledge");

    /** Titles of offices, lowercase when they name the office and not a holder (Chicago Manual of Style 8.21). */
    private static final Set<String> OFFICES = Set.of("secretary", "president", "vice", "prime", "attorney", "chief",
            "speaker", "governor", "senator", "minister", "chancellor", "mayor");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");
    /** Articles of other languages: a name that starts with one is a phrase of that language ("el campo"). */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("el", "la", "los", "las", "le", "les", "il", "der", "die",
            "das", "del", "al");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "it");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "we", "they", "he", "she", "it", "who");
    private static final Set<String> SINGULAR_AUXILIARIES = Set.of("is", "was", "has", "does", "isn't", "wasn't",
            "hasn't", "doesn't", "isn’t", "wasn’t", "hasn’t", "doesn’t");
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "shall", "should", "may", "might",
            "must");
    /** Words that never follow an article: before them a lone "a" is a letter or a symbol ("a is recessive"). */
    private static final Set<String> NO_NOUN_AFTER = Set.of("is", "are", "was", "were", "and", "or", "of", "on", "in",
            "at", "as", "if", "it", "its", "into", "onto", "our", "upon", "unless", "has", "have", "had", "be", "can",
            "will", "to", "the", "a", "an", "nor", "but", "than");
    /** Words after which a clause, and so "its" for "it's", can start. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "since", "if", "when", "so", "but",
            "think", "thinks", "said", "says", "know", "knows");

    /** Whether a grammar match of rule {@code ruleId} on {@code text} from {@code from} to {@code to} is reported. */
    static boolean reports(String ruleId, String text, int from, int to) {
        String flagged = text.substring(from, to);
        return !mentioned(ruleId, text, from, to) && hasSlipShape(ruleId, text, from, to, flagged)
                && !misread(ruleId, text, from, to, flagged);
    }

    /**
     * Whether the match is in bold, quotes or italics: words mentioned rather than used. On these
     * pages bold words are list labels and headings, in title case or naming code ("**long
     * long**", "**Pairing with Vitamin C**", "**dir**"), and quoted or italic words are titles,
     * foreign phrases and examples of an error ("'I seen him' instead of"). Over every judged
     * sample the grammar matches there were all false (35 of 35). A quote left open is still
     * reported.
     */
    private static boolean mentioned(String ruleId, String text, int from, int to) {
        return !ruleId.equals("EN_UNPAIRED_QUOTES")
                && (SpellingFilter.bold(text, from) || SpellingFilter.quotedOrItalic(text, from, to));
    }

    /** For the rules that misread real text, whether the match looks like the slip the rule is for; true for the others. */
    private static boolean hasSlipShape(String ruleId, String text, int from, int to, String flagged) {
        return switch (ruleId) {
            case "HE_VERB_AGR" -> THIRD_PERSON.contains(wordBefore(text, from))
                    || wordBefore(text, from).endsWith("ly") && THIRD_PERSON.contains(wordBefore(text, wordStartBefore(text, from)));
            case "AGREEMENT_SENT_START" -> SINGULAR_AUXILIARIES.contains(lastWord(flagged));
            case "MD_BASEFORM" -> MODALS.contains(wordBefore(text, from));
            case "ADMIT_ENJOY_VB" -> SUBJECT_PRONOUNS.contains(wordBefore(text, from))
                    || startsSentence(text, wordStartBefore(text, from)) && !firstWord(flagged).endsWith("ing")
                    && !firstWord(flagged).endsWith("ed");
            case "EN_A_VS_AN" -> (flagged.equals("a") || flagged.equals("an") || startsSentence(text, from))
                    && articleBeforeAWord(text, to);
            case "EN_SPECIFIC_CASE" -> flagged.equals(flagged.toLowerCase(Locale.ROOT));
            case "A_UNCOUNTABLE" -> NEVER_COUNTED.contains(lastWord(flagged)) && flagged.indexOf(' ') == flagged.lastIndexOf(' ');
            case "A_NNS" -> flagged.indexOf(' ') == flagged.lastIndexOf(' ');
            case "IT_IS", "IT_IS_2" -> !flagged.equals(flagged.toUpperCase(Locale.ROOT)) && (flagged.length() > 3
                    || startsSentence(text, from) || CLAUSE_OPENERS.contains(wordBefore(text, from)) && !afterComma(text, from));
            default -> true;
        };
    }

    /**
     * Words before which a name written in lowercase is a common noun: a name takes no "a" or
     * "this" ("a cultural revolution", "This cultural revolution", but "the Cultural Revolution").
     */
    private static final Set<String> GENERIC_DETERMINERS = Set.of("a", "an", "this", "that", "these", "those", "such",
            "every", "each", "another", "any");

    /** Whether the word after the article has a letter outside a to z: a word of another language ("a eficiência"). */
    private static boolean beforeAForeignWord(String text, int to) {
        String next = wordAfter(text, to);
        return next.chars().anyMatch(c -> c > 'z' && Character.isLetter(c));
    }

    /** The word after position {@code to}, past spaces, in lower case; empty when none follows. */
    private static String wordAfter(String text, int to) {
        int start = to;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether the next word can follow an article: three letters or more, and not a verb or a joining word. */
    private static boolean articleBeforeAWord(String text, int to) {
        String next = wordAfter(text, to);
        return next.length() >= 3 && !NO_NOUN_AFTER.contains(next);
    }

    /** Known ways in which a rule misreads correct text, within the slip's shape. */
    private static boolean misread(String ruleId, String text, int from, int to, String flagged) {
        return switch (ruleId) {
            case "EN_SPECIFIC_CASE" -> COMPASS.contains(firstWord(flagged)) || OFFICES.contains(firstWord(flagged))
                    || FOREIGN_ARTICLES.contains(firstWord(flagged))
                    || FOREIGN_ARTICLES.contains(wordBefore(text, from)) || GENERIC_DETERMINERS.contains(wordBefore(text, from));
            case "FEWER_LESS" -> wordBefore(text, from).equals("or");
            case "AFFECT_EFFECT" -> flagged.equalsIgnoreCase("effect") && wordAfter(text, to).startsWith("change");
            case "PERS_PRONOUN_AGREEMENT" -> boldSubject(text, from);
            case "EN_UNPAIRED_QUOTES" -> isSingleQuote(flagged);
            case "AGREEMENT_SENT_START" -> pluralVerbFollows(text, to) || question(text, to) || afterComma(text, from)
                    || afterAName(text, from)
                    || firstWord(flagged).endsWith("ics") || wordBefore(text, from).endsWith("ics");
            case "HE_VERB_AGR" -> afterAuxiliary(text, from) || boldSubject(text, from) || acronymSubject(text, from);
            case "EN_A_VS_AN" -> insideAName(text, from, to) || beforeANameOfWords(text, to) || beforeAForeignWord(text, to)
                    || afterSlash(text, from) || optionLetter(text, from);
            case "UPPERCASE_SENTENCE_START" -> flagged.isEmpty()
                    || Character.UnicodeScript.of(flagged.codePointAt(0)) == Character.UnicodeScript.GREEK
                    || afterInnerExclamation(text, from) || afterInitial(text, from) || flagged.length() == 1
                    || codeNameGoesOn(text, to) || lowercaseNotation(flagged)
                    || afterEllipsis(text, from);
            case "ENGLISH_WORD_REPEAT_RULE" -> !flagged.equals(flagged.toLowerCase(Locale.ROOT));
            case "MD_BASEFORM" -> willAsANoun(text, from) || question(text, to);
            case "A_NNS" -> afterSlash(text, from)
                    || flagged.startsWith("A ") && (!startsSentence(text, from) || letterNamedInSentence(text, from));
            default -> false;
        };
    }

    private static final Set<String> BEFORE_NOUN_WILL = Set.of("political", "free", "good", "ill",
            "popular", "public", "collective", "general", "own", "the", "a", "his", "her", "their", "its", "our", "your");

    /** The nearest word before the match that is "will", when the word before that makes it a noun: "political will". */
    private static boolean willAsANoun(String text, int from) {
        String[] words = text.substring(sentenceStart(text, from), from).toLowerCase(Locale.ROOT).split("[^a-z]+");
        for (int i = words.length - 1; i > 0 && i >= words.length - 3; i--) {
            if (words[i].equals("will")) {
                return BEFORE_NOUN_WILL.contains(words[i - 1]);
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "can", "could",
            "will", "would", "shall", "should", "may", "might", "must");

    /** Whether an auxiliary verb stands earlier in the sentence: "did ... play" is a base form after "did". */
    private static boolean afterAuxiliary(String text, int from) {
        int start = sentenceStart(text, from);
        for (String word : text.substring(start, from).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (AUXILIARIES.contains(word)) {
                return true;
            }
        }
        return false;
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

    /**
     * Whether two capitalized words follow: a name of several words, which may hold its own
     * article and be said in another language ("an Gorta Mór").
     */
    private static boolean beforeANameOfWords(String text, int to) {
        int i = to;
        for (int word = 0; word < 2; word++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i == to || i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        return true;
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

    /** Whether the word before the match is capitalized inside its sentence: a name, often singular ("The Indian Railways has"). */
    private static boolean afterAName(String text, int from) {
        int start = wordStartBefore(text, from);
        return start < from && Character.isUpperCase(text.charAt(start)) && !startsSentence(text, start);
    }

    /** Whether the word before the match, its subject, is in bold: a symbol ("**I** is the impact"). */
    private static boolean boldSubject(String text, int from) {
        return SpellingFilter.bold(text, wordStartBefore(text, from));
    }

    /** Whether the word before the match is written in capitals: an acronym ("treatments for HE have"). */
    private static boolean acronymSubject(String text, int from) {
        String subject = wordAsWrittenBefore(text, from);
        return subject.equals(subject.toUpperCase(Locale.ROOT));
    }

    /** Whether the article stands right after a slash: an ending, not a word ("Latino/a"). */
    private static boolean afterSlash(String text, int from) {
        return from > 0 && text.charAt(from - 1) == '/';
    }

    /** Whether the match is a letter after a lone hyphen: a command's option ("the -a option"). */
    private static boolean optionLetter(String text, int from) {
        return from > 0 && text.charAt(from - 1) == '-' && (from == 1 || Character.isWhitespace(text.charAt(from - 2)));
    }

    /** The word before position {@code from} as written. */
    private static String wordAsWrittenBefore(String text, int from) {
        int start = wordStartBefore(text, from);
        int end = start;
        while (end < from && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
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

    /** Whether the word follows an initial ("H. pylori", "E. coli"): the full stop ends no sentence. */
    private static boolean afterInitial(String text, int from) {
        int i = from - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && i < from - 1 && text.charAt(i) == '.' && SpellingFilter.afterInitialOrTitle(text, i);
    }

    /** Whether an ellipsis stands before the word (". . .", "...", "…"): a quotation cut short, not a sentence end. */
    private static boolean afterEllipsis(String text, int from) {
        int i = from - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '\u2026') {
            return true;
        }
        int dots = 0;
        while (i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == ' ')) {
            dots += text.charAt(i) == '.' ? 1 : 0;
            i--;
        }
        return dots >= 3;
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
        return wordAsWrittenBefore(text, from).toLowerCase(Locale.ROOT);
    }

    /** Where the word before position {@code from} starts, or {@code from} when there is none. */
    private static int wordStartBefore(String text, int from) {
        int end = from;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : from;
    }

    private static String lastWord(String flagged) {
        return flagged.substring(flagged.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String flagged) {
        int space = flagged.indexOf(' ');
        return (space < 0 ? flagged : flagged.substring(0, space)).toLowerCase(Locale.ROOT);
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

    private static boolean isSingleQuote(String flagged) {
        return flagged.equals("'") || flagged.equals("\u2018") || flagged.equals("\u2019");
    }
}
