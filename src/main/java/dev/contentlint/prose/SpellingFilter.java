package dev.contentlint.prose;

import dev.contentlint.config.ProseSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which unknown words are reported as misspellings. LanguageTool's dictionary lacks
 * most names, technical terms and borrowed words; on real pages they outnumber typos many
 * times over (docs/prose.md). So an unknown word is reported only when it is not one of those
 * and there is evidence of a slip:
 * <ol>
 *   <li>It may be a slip at all ({@link #mayBeSlip}): it is not in the vocabulary (in the case
 *       written, or with a lowercase first letter); with {@code ignore-names}, it has no capital
 *       inside (CAQM, eDNA) and is not a capitalized word inside a sentence or after an initial
 *       (Sugamo, "John P. Altgeld"); it is letters only, of the English alphabet ("gas]ns",
 *       "condición" are notation and foreign words); it is not quoted, in italics or in bold (a
 *       word mentioned, a title, a term, a foreign phrase, an example of an error), nor glossed
 *       in parentheses ("mele (song)"), nor a part of a name after an apostrophe ("T'boli"), nor
 *       an affix ("-ent"); no word beside it is
 *       unknown too (a foreign phrase, a species name such as "Xenopsylla cheopis"); and, with
 *       {@code term-repeats: N}, it is used fewer than N times (its plural or singular
 *       included) in the text, and, as {@link ProseService} checks, on the page.</li>
 *   <li>It is close to a word that it is likely a slip for ({@link #looksLikeSlip}): a common
 *       dictionary word among the suggestions that it differs from in the shape of a typist's
 *       slip ({@link #typo}: "recieve", "accomodate", "goverment", but not the "digesta" of
 *       "digest" nor the "mons" of "sons"), a word of the site's vocabulary, or a word the same
 *       text uses at least three times ("pseudoperipheral" where the page writes
 *       "pseudoperipteral"). A word of three letters or fewer is mostly an abbreviation or
 *       notation; it is a slip only as a swap of two letters ("teh"). A suggestion that only
 *       splits the word ("war band"), or only changes its case, is no evidence.</li>
 * </ol>
 */
final class SpellingFilter {
    /** How often a dictionary word is used, on the scale of LanguageTool's English dictionaries (0 to about 25). */
    static final int COMMON = 9;
    /** A word this common is evidence at two edits too, for a long word ("maintainance"). */
    static final int VERY_COMMON = 13;
    private static final int LONG_WORD = 10;
    /** A word this common is evidence for a slip of any one letter in a longer word ("goverment"). */
    static final int FREQUENT = 12;
    /** A word this common is evidence for a slip of any one letter in a short word ("wich" for "which"). */
    static final int EVERYDAY = 16;
    private static final int MIN_SWAP_LENGTH = 6;
    private static final int MIN_FREQUENT_SLIP_LENGTH = 7;
    private static final int MIN_VOWEL_SLIP_LENGTH = 8;
    /** A shorter word with a doubled letter is a term as often as a slip: "batt" (insulation) and "bat". */
    private static final int MIN_DOUBLING_LENGTH = 5;

    /** An unknown word used this often in one text is a word to measure slips against. */
    private static final int TEXT_WORD_USES = 3;
    /**
     * Shorter words are too close to too many others for a close term to be evidence: "priori"
     * is one letter from the algorithm "Apriori".
     */
    private static final int MIN_TERM_EVIDENCE_LENGTH = 8;

    /** What the spelling dictionary knows. */
    interface Dictionary {
        /** Whether the dictionary accepts the word as written. */
        boolean knows(String word);

        /** How common a dictionary word is: 0 (rare, or not a word) to about 25 ("the"). */
        int frequency(String word);
    }

    private final ProseSettings settings;
    private final Dictionary dictionary;

    SpellingFilter(ProseSettings settings, Dictionary dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    /** Whether the unknown word at {@code from..to} of the Markdown text may be a slip, before its suggestions are read. */
    boolean mayBeSlip(String text, int from, int to) {
        String word = text.substring(from, to);
        if (!mayReport(word) || !plainEnglishLetters(word)) {
            return false;
        }
        if (settings.ignoreNames() && Character.isUpperCase(word.codePointAt(0)) && !startsSentence(text, from)) {
            return false;
        }
        if (quotedOrItalic(text, from, to) || bold(text, from) || affix(text, from, to) || unknownNeighbour(text, from, to)
                || glossed(text, from, to) || afterNameApostrophe(text, from)) {
            return false;
        }
        return settings.termRepeats() == 0 || uses(text, word, settings.termRepeats()) < settings.termRepeats();
    }

    /** Whether the word may be reported somewhere: it is not in the vocabulary, nor a name by its letters alone. */
    boolean mayReport(String word) {
        return !accepted(word) && !(settings.ignoreNames() && hasInnerCapital(word));
    }

    /** The vocabulary accepts a word as written, or capitalized at a sentence start ("Abscisic" for "abscisic"). */
    private boolean accepted(String word) {
        if (settings.vocabulary().accepts(word)) {
            return true;
        }
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) && settings.vocabulary().accepts(
                new StringBuilder().appendCodePoint(Character.toLowerCase(first)).append(word, Character.charCount(first),
                        word.length()).toString());
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters a to z, apostrophes and inner hyphens only: anything else is notation, code or another language. */
    private static boolean plainEnglishLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && !(i > 0 && (c == '\'' || c == '\u2019' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is inside double or single quotes or single-asterisk or underscore italics
     * on its line: a word mentioned rather than used, a title, a foreign phrase, a quoted example.
     */
    static boolean quotedOrItalic(String text, int from, int to) {
        int start = text.lastIndexOf('\n', from - 1) + 1;
        int straight = 0;
        int openCurly = 0;
        int italics = 0;
        for (int i = start; i < from; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                openCurly++;
            } else if (c == '\u201D') {
                openCurly = Math.max(0, openCurly - 1);
            } else if (c == '*' || c == '_') {
                boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c || i > 0 && text.charAt(i - 1) == c;
                boolean wordInside = c == '_' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                if (!doubled && !wordInside) {
                    italics++;
                }
            }
        }
        return straight % 2 == 1 || openCurly > 0 || italics % 2 == 1 || singleQuoted(text, from, to);
    }

    /** The most words of a gloss in parentheses: "(song)", "(kingdoms or subkingdoms)". */
    private static final int MAX_GLOSS_WORDS = 5;

    /**
     * Whether the word is glossed, as pages write a word of another language: followed by a few
     * words in parentheses ("mele (song)", "regna (kingdoms or subkingdoms)"), or alone in
     * parentheses after its translation ("a chant (oli)").
     */
    static boolean glossed(String text, int from, int to) {
        int open = to;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open > to && open < text.length() && text.charAt(open) == '(') {
            int close = text.indexOf(')', open);
            if (close > open + 1 && wordsOnly(text.substring(open + 1, close))) {
                return true;
            }
        }
        return from > 0 && text.charAt(from - 1) == '(' && to < text.length() && text.charAt(to) == ')';
    }

    private static boolean wordsOnly(String inside) {
        String[] words = inside.strip().split(" +");
        if (words.length > MAX_GLOSS_WORDS) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == ',' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a letter and an apostrophe stand right before the word: a part of a name ("T'boli", "Ta'izz"). */
    private static boolean afterNameApostrophe(String text, int from) {
        return from >= 2 && (text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '\u2019')
                && Character.isLetter(text.charAt(from - 2));
    }

    /** The longest span of single quotes read as a quotation: a few words, not a passage. */
    private static final int MAX_SINGLE_QUOTED = 80;

    /**
     * Whether the word is inside single quotes on its line ("'rail roko'", "'philosophia'"). A
     * single quote is also the apostrophe, so only one that stands before a word and after no
     * letter opens a quote ("the students' books" opens none), and only one after a word and
     * before no letter closes it ("it's" closes none).
     */
    static boolean singleQuoted(String text, int from, int to) {
        int start = text.lastIndexOf('\n', from - 1) + 1;
        int opening = -1;
        for (int i = from - 1; i >= start && from - i <= MAX_SINGLE_QUOTED; i--) {
            if (closesQuote(text, i)) {
                return false;
            }
            if (opensQuote(text, i)) {
                opening = i;
                break;
            }
        }
        if (opening < 0) {
            return false;
        }
        for (int j = to; j < text.length() && j - opening <= MAX_SINGLE_QUOTED && text.charAt(j) != '\n'; j++) {
            if (closesQuote(text, j)) {
                return true;
            }
            if (opensQuote(text, j)) {
                return false;
            }
        }
        return false;
    }

    private static boolean opensQuote(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2018') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean closesQuote(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && Character.isLetter(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Whether the word is inside bold on its line: pages set terms, list labels and the words of
     * a language lesson in bold ("**nous parlons**", "**Resective** Surgery").
     */
    static boolean bold(String text, int from) {
        int start = text.lastIndexOf('\n', from - 1) + 1;
        int marks = 0;
        for (int i = text.indexOf("**", start); i >= 0 && i < from; i = text.indexOf("**", i + 2)) {
            marks++;
        }
        return marks % 2 == 1;
    }

    /** A suffix or prefix written on its own: "-ent", "pre-". */
    private static boolean affix(String text, int from, int to) {
        boolean hyphenBefore = from > 0 && text.charAt(from - 1) == '-' && (from == 1 || !Character.isLetter(text.charAt(from - 2)));
        boolean hyphenAfter = to < text.length() && text.charAt(to) == '-'
                && (to + 1 == text.length() || !Character.isLetter(text.charAt(to + 1)));
        return hyphenBefore || hyphenAfter;
    }

    /** Whether the word before or after it, in the same sentence, is unknown to the dictionary too. */
    private boolean unknownNeighbour(String text, int from, int to) {
        String before = neighbour(text, from, -1);
        String after = neighbour(text, to, 1);
        return before != null && unknownWord(before) || after != null && unknownWord(after);
    }

    private boolean unknownWord(String word) {
        return !plainEnglishLetters(word) || !accepted(word) && !dictionary.knows(word);
    }

    /** The word beside position {@code at}, across spaces only (not punctuation), or null. */
    private static String neighbour(String text, int at, int direction) {
        int i = direction < 0 ? at - 1 : at;
        int gap = 0;
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += direction;
            gap++;
        }
        if (gap == 0 || i < 0 || i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        int end = i;
        while (end >= 0 && end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end += direction;
        }
        return direction < 0 ? text.substring(end + 1, i + 1) : text.substring(i, end);
    }

    /**
     * Whether the word is close to a word it is likely a slip for: a common dictionary word
     * among the suggestions, a vocabulary word, or an unknown word the text uses often.
     */
    boolean looksLikeSlip(String text, String word, List<String> suggestions) {
        if (settings.typoDistance() == 0) {
            return true;
        }
        if (word.length() > 3 && word.endsWith("s") && dictionary.knows(word.substring(0, word.length() - 1))) {
            return false; // the plural of a word the dictionary knows: "tipis"
        }
        if (derivation(word)) {
            return false;
        }
        for (String suggestion : suggestions) {
            if (typo(word, suggestion, dictionary.frequency(suggestion))) {
                return true;
            }
        }
        if (word.length() >= MIN_TERM_EVIDENCE_LENGTH) {
            for (String known : settings.vocabulary().words()) {
                if (closeTerm(word, known, settings.typoDistance())) {
                    return true;
                }
            }
        }
        return oftenUsedCloseWord(text, word, TEXT_WORD_USES, settings.typoDistance());
    }

    /**
     * Whether a word that {@link #looksLikeSlip} finds close to no word may still be a slip of a
     * word the rest of the page writes often: a paragraph is checked on its own, so only the
     * page shows that ({@link #outnumberedByCloseWord}).
     */
    boolean mayBeSlipOfPageWord(String word) {
        return settings.typoDistance() > 0 && word.length() >= MIN_TERM_EVIDENCE_LENGTH && !derivation(word);
    }

    /** The matches, without the misspellings that need a close word ({@link ProseMatch#needsCloseWord}) the text does not show. */
    static List<ProseMatch> withCloseWordsShown(String text, List<ProseMatch> matches, int typoDistance) {
        return matches.stream().filter(m -> !m.needsCloseWord()
                || outnumberedByCloseWord(text, text.substring(m.from(), m.to()), typoDistance)).toList();
    }

    /**
     * Whether the page writes a word that this one is a slip of more often than this one, and
     * at least {@link #TEXT_WORD_USES} times: a slip the writer repeated is no term of the page
     * ("pseudoperipheral" 4 times on a page that writes "pseudoperipteral" 6 times).
     */
    static boolean outnumberedByCloseWord(String pageText, String word, int typoDistance) {
        int ownUses = uses(pageText, word, Integer.MAX_VALUE);
        return oftenUsedCloseWord(pageText, word, Math.max(TEXT_WORD_USES, ownUses + 1), typoDistance);
    }

    /** Suffixes that make a doer of a verb or noun: "judge", "judger"; "pay", "payor". */
    private static final List<String> AGENT_SUFFIXES = List.of("ers", "ors", "rs", "er", "or", "r");
    private static final int MIN_STEM = 3;
    private static final int MIN_PREFIXED_STEM = 4;

    /**
     * Whether the word is a dictionary word with a prefix of repetition or a suffix of a doer
     * ("recoded", "Judgers", "payor"): a word a writer formed, which the dictionary lacks and
     * which is one edit from another word ("recorded", "judges", "payer") by chance.
     */
    private boolean derivation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("re") && lower.length() - 2 >= MIN_PREFIXED_STEM && dictionary.knows(lower.substring(2))) {
            return true;
        }
        for (String suffix : AGENT_SUFFIXES) {
            int stem = lower.length() - suffix.length();
            if (lower.endsWith(suffix) && stem >= MIN_STEM && dictionary.knows(lower.substring(0, stem))) {
                return true;
            }
        }
        return false;
    }

    /** A word of the text, known or not, that is used at least {@code minUses} times and that the word is a slip of. */
    private static boolean oftenUsedCloseWord(String text, String word, int minUses, int typoDistance) {
        if (word.length() < MIN_TERM_EVIDENCE_LENGTH) {
            return false;
        }
        int i = 0;
        Set<String> seen = new java.util.HashSet<>();
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String other = text.substring(i, end);
            if (Math.abs(other.length() - word.length()) <= 1 && seen.add(other.toLowerCase(Locale.ROOT))
                    && closeTerm(word, other, typoDistance)
                    && uses(text, other, minUses) >= minUses) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /**
     * Whether the word is a slip of a term: one edit, not a plural, and not in the first two
     * letters, where related terms differ by a prefix ("deoxygenation", "reoxygenation"), nor in
     * the last, where they differ by an ending ("hypervolemic", "hypervolemia").
     */
    private static boolean closeTerm(String word, String term, int typoDistance) {
        return term.length() >= MIN_TERM_EVIDENCE_LENGTH && word.regionMatches(true, 0, term, 0, 2)
                && Character.toLowerCase(word.charAt(word.length() - 1)) == Character.toLowerCase(term.charAt(term.length() - 1))
                && slipOf(word, term, typoDistance) && !inflection(word, term);
    }

    /** Whether {@code word} reads as a slip in writing the term {@code target}: one edit, or doubled letters. */
    private static boolean slipOf(String word, String target, int limit) {
        String a = word.toLowerCase(Locale.ROOT);
        String b = target.toLowerCase(Locale.ROOT);
        if (sameWord(a, b)) {
            return false;
        }
        if (a.length() <= 3) {
            return shortSwap(a, b);
        }
        int distance = editDistance(a, b, limit);
        return distance == 1 || distance <= limit && withoutDoubles(a).equals(withoutDoubles(b));
    }

    /**
     * Whether the unknown word has the shape of a typist's slip in writing {@code target}, a
     * dictionary word used {@code frequency} often. A term that the dictionary lacks is, by
     * chance, often one letter from a common word too, but at its end ("digesta", "delegatee",
     * "rami"), at its start ("mons" and "sons") or in a short word ("teres" and "trees"); on
     * the judged pages the true slips were other shapes. So the evidence is, for a common word:
     * a letter lost in an encoding ("faades" for "façades"); two neighbours swapped inside a
     * word of six letters or more ("retreived", "becuase"); a consonant doubled or undoubled in
     * a word of five letters or more ("accomodate", "untill", "proces"); a vowel for a vowel
     * inside a word of eight letters or more ("definately", "seperate"); and any other letter
     * inside the word: in a word of ten letters or more ("photosyntesis"), in one of seven to
     * nine from a {@link #FREQUENT} word ("goverment", not the "sulfite" of "sulfate"), in a
     * shorter one from an {@link #EVERYDAY} word ("wich"). Two edits count in a long word from a
     * {@link #VERY_COMMON} one when they change vowels only, a misspelling by sound
     * ("maintainance"), not a term ("symporters" and "supporters").
     */
    boolean typo(String word, String target, int frequency) {
        String a = word.toLowerCase(Locale.ROOT);
        String b = target.toLowerCase(Locale.ROOT);
        if (sameWord(a, b)) {
            return false;
        }
        if (lostLetter(a, b)) {
            return true;
        }
        if (frequency < COMMON) {
            return false;
        }
        if (a.length() <= 3) {
            return shortSwap(a, b);
        }
        int distance = editDistance(a, b, Math.max(1, settings.typoDistance()));
        if (distance > settings.typoDistance()) {
            return false;
        }
        if (withoutDoubles(a).equals(withoutDoubles(b))) {
            return a.length() >= MIN_DOUBLING_LENGTH && doubledConsonants(a, b);
        }
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        if (prefix == 0 || suffix == 0) {
            return false; // the first or the last letter: where terms differ from words
        }
        if (distance >= 2) {
            return frequency >= VERY_COMMON && a.length() >= LONG_WORD && !b.contains(" ") && !b.contains("-")
                    && vowelsOnly(a, prefix, a.length() - suffix) && vowelsOnly(b, prefix, b.length() - suffix);
        }
        if (a.length() == b.length() && swapped(a, b)) {
            return a.length() >= MIN_SWAP_LENGTH;
        }
        if (a.length() == b.length() && isVowel(a.charAt(prefix)) && isVowel(b.charAt(prefix)) && a.length() >= MIN_VOWEL_SLIP_LENGTH) {
            return true;
        }
        return frequency >= (a.length() >= LONG_WORD ? COMMON : a.length() >= MIN_FREQUENT_SLIP_LENGTH ? FREQUENT : EVERYDAY);
    }

    /** Whether two lower-cased words differ only in case or in a split into words ("warband", "war band"): no slip. */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || b.replace(" ", "").replace("-", "").equals(a.replace("-", ""));
    }

    /** A word of three letters or fewer is mostly an abbreviation or notation: a slip only as two letters swapped ("teh"). */
    private static boolean shortSwap(String a, String b) {
        return a.length() == b.length() && editDistance(a, b, 1) == 1 && swapped(a, b);
    }

    /** Whether the target is the word with one letter outside a to z put back: an import's loss ("faades", "façades"). */
    private static boolean lostLetter(String a, String b) {
        if (b.length() != a.length() + 1) {
            return false;
        }
        int at = commonPrefix(a, b);
        return b.charAt(at) > 'z' && Character.isLetter(b.charAt(at)) && b.regionMatches(at + 1, a, at, a.length() - at);
    }

    /**
     * Whether the letters that one word doubles and the other does not are all consonants: the
     * two words are the same runs of letters ({@link #withoutDoubles}), of other lengths.
     */
    private static boolean doubledConsonants(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int runA = run(a, i);
            int runB = run(b, j);
            if (runA != runB && isVowel(a.charAt(i))) {
                return false;
            }
            i += runA;
            j += runB;
        }
        return true;
    }

    private static int run(String word, int from) {
        int to = from + 1;
        while (to < word.length() && word.charAt(to) == word.charAt(from)) {
            to++;
        }
        return to - from;
    }

    /** Whether the letters from {@code from} to {@code to} are vowels: a misspelling by sound ("maintainance"). */
    private static boolean vowelsOnly(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isVowel(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The letters both words end with, not counting any of the first {@code prefix} of the shorter. */
    private static int commonSuffix(String a, String b, int prefix) {
        int limit = Math.min(a.length(), b.length()) - prefix;
        int n = 0;
        while (n < limit && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static boolean swapped(String a, String b) {
        for (int i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
            }
        }
        return false;
    }

    private static String withoutDoubles(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether one word is the other with a plural ending: "selectins" and "selectin". */
    private static boolean inflection(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        String rest = longer.substring(Math.min(shorter.length(), longer.length()));
        return longer.regionMatches(true, 0, shorter, 0, shorter.length()) && (rest.equals("s") || rest.equals("es"));
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

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "prof", "jr", "sr", "mt", "vs",
            "v", "no", "gen", "gov", "sen", "rep", "rev", "capt", "col", "lt", "sgt");

    /**
     * Whether only markup, quotes or brackets stand between the word and a sentence end or line
     * start. A full stop after an initial or a title ("John P.", "J.M.", "Dr.") ends no sentence.
     */
    static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.') {
                return !afterInitialOrTitle(text, i);
            }
            if (c == '\n' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && "*_#>\"'“‘([`-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the full stop at {@code dot} ends an initial or a title ("P.", "Dr.", "Jr."), not a sentence. */
    static boolean afterInitialOrTitle(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String before = text.substring(start, dot);
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return true; // "P." and the "M." of "J.M."
        }
        return ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
    }

    /**
     * How often the word stands as a whole word in the text, ignoring case, with its plural in
     * -s or -es ("selectin", "selectins") or, for a word in -s, its singular; counts up to
     * {@code enough}. A word in -s is not counted as a plural of itself minus an -s: "proces"
     * is not a form of "process".
     */
    static int uses(String text, String word, int enough) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> forms = lower.endsWith("s")
                ? Set.of(lower, lower.substring(0, lower.length() - 1))
                : Set.of(lower, lower + "s", lower + "es");
        int count = 0;
        int i = 0;
        while (i < text.length() && count < enough) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (forms.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                count++;
            }
            i = end;
        }
        return count;
    }
}
