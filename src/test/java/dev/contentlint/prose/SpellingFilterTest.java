package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ProseSettings;
import dev.contentlint.config.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingFilterTest {
    /** A small dictionary: the words it knows, and how common some are. */
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("receive", 13), Map.entry("the", 22),
            Map.entry("we", 20), Map.entry("it", 20), Map.entry("end", 15), Map.entry("process", 15),
            Map.entry("tomorrow", 12), Map.entry("maintenance", 13), Map.entry("oxygenation", 7), Map.entry("selection", 13), Map.entry("fenestra", 0), Map.entry("retinopathy", 3),
            Map.entry("war", 15), Map.entry("band", 12), Map.entry("by", 20), Map.entry("in", 22), Map.entry("de", 5),
            Map.entry("a", 22), Map.entry("fire", 14), Map.entry("rest", 14), Map.entry("is", 22),
            Map.entry("and", 22), Map.entry("said", 16), Map.entry("rat", 10), Map.entry("flea", 8), Map.entry("tipi", 0), Map.entry("tips", 12),
            Map.entry("john", 12), Map.entry("criticized", 10), Map.entry("dies", 12), Map.entry("died", 15),
            Map.entry("judge", 12), Map.entry("judges", 12), Map.entry("pay", 14), Map.entry("mayor", 13), Map.entry("coded", 8),
            Map.entry("recorded", 15));

    private static final SpellingFilter.Dictionary DICTIONARY = new SpellingFilter.Dictionary() {
        @Override
        public boolean knows(String word) {
            return WORDS.containsKey(word.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public int frequency(String word) {
            return WORDS.getOrDefault(word, 0);
        }
    };

    private static SpellingFilter filter(boolean ignoreNames, int termRepeats) {
        return new SpellingFilter(new ProseSettings(List.of(), "en-US",
                new Vocabulary(Set.of("Kubernetes", "abscisic", "baroreceptor"), List.of(com.google.re2j.Pattern.compile("v[0-9]+"))),
                List.of(), List.of(), 3, true, ignoreNames, termRepeats, 2), DICTIONARY);
    }

    private static boolean mayBeSlip(SpellingFilter filter, String text, String word) {
        int at = text.indexOf(word);
        return filter.mayBeSlip(text, at, at + word.length());
    }

    @Test
    void typosMayBeSlips() {
        assertTrue(mayBeSlip(filter(true, 2), "We recieve it.", "recieve"));
        assertTrue(mayBeSlip(filter(true, 2), "Teh end.", "Teh"), "a capital that starts a sentence is no name");
        assertTrue(mayBeSlip(filter(true, 2), "First. Teh end.", "Teh"));
    }

    @Test
    void vocabularyWordsAndPatternsAreNotInAnyCase() {
        assertFalse(mayBeSlip(filter(false, 0), "Run Kubernetes now.", "Kubernetes"));
        assertFalse(mayBeSlip(filter(false, 0), "Use v12 now.", "v12"));
        assertFalse(mayBeSlip(filter(false, 0), "Abscisic acid closes stomata.", "Abscisic"),
                "a lowercase vocabulary word capitalized at a sentence start");
    }

    @Test
    void namesAndAcronymsAreNotWhenIgnored() {
        assertFalse(mayBeSlip(filter(true, 0), "Studied by Meldrum in 1930.", "Meldrum"));
        assertFalse(mayBeSlip(filter(true, 0), "The CAQM said so.", "CAQM"));
        assertFalse(mayBeSlip(filter(true, 0), "A reading in mmHg here.", "mmHg"));
        assertTrue(mayBeSlip(filter(false, 0), "Studied by Meldrum in 1930.", "Meldrum"));
    }

    @Test
    void aNameAfterAnInitialOrATitleIsNoSentenceStart() {
        assertFalse(mayBeSlip(filter(true, 0), "Governor John P. Altgeld criticized it.", "Altgeld"));
        assertFalse(mayBeSlip(filter(true, 0), "The work of J.M. Blaut is cited.", "Blaut"));
        assertFalse(mayBeSlip(filter(true, 0), "As Dr. Haldane said.", "Haldane"));
        assertTrue(mayBeSlip(filter(true, 0), "It ended. Recieve it.", "Recieve"));
    }

    @Test
    void notationForeignLettersQuotesItalicsAndUnknownNeighboursAreNot() {
        SpellingFilter filter = filter(true, 0);
        assertFalse(mayBeSlip(filter, "the configuration [noble gas]ns2 here", "gas]ns"));
        assertFalse(mayBeSlip(filter, "translated as condición de vida", "condición"));
        assertFalse(mayBeSlip(filter, "a child might say \"I drinked water\" at first", "drinked"));
        assertFalse(mayBeSlip(filter, "singing in *amhranaiocht ar an* style", "amhranaiocht"));
        assertFalse(mayBeSlip(filter, "- **nous parlons** (we talk)", "parlons"), "bold: a term or a lesson's word");
        assertFalse(mayBeSlip(filter, "plural verbs end in -ent here", "ent"), "an affix");
        assertFalse(mayBeSlip(filter, "the rat flea, Xenopsylla cheopis, is a vector", "cheopis"), "a species name");
        assertFalse(mayBeSlip(filter, "the protest was called a 'rail roko' there", "roko"), "in single quotes");
        assertFalse(mayBeSlip(filter, "from the Greek ‘philosophia’, love of wisdom", "philosophia"));
        assertTrue(mayBeSlip(filter, "the tips' end, we recieve it", "recieve"), "an apostrophe opens no quote");
        assertTrue(mayBeSlip(filter, "it's what we recieve, isn't it", "recieve"), "nor do contractions");
        assertTrue(mayBeSlip(filter, "a child might say that we recieve it", "recieve"));
        assertTrue(mayBeSlip(filter, "the snake_case name and recieve", "recieve"), "an underscore inside a word is no italics");
    }

    @Test
    void aWordTheTextRepeatsIsATermWithItsPlural() {
        String text = "Osmoreceptors fire. The osmoreceptor is in.";
        assertFalse(mayBeSlip(filter(true, 2), text, "osmoreceptor"));
        assertTrue(mayBeSlip(filter(true, 3), text, "osmoreceptor"));
        assertTrue(mayBeSlip(filter(true, 0), text, "osmoreceptor"), "0 switches it off");
        assertEquals(1, SpellingFilter.uses("We need a proces. The process is long.", "proces", 5),
                "a slip is no form of the word it drops a letter of");
    }

    @Test
    void aSlipIsOneEditFromACommonWord() {
        SpellingFilter filter = filter(true, 2);
        assertTrue(filter.looksLikeSlip("", "recieve", List.of("receive")), "a swap is one edit");
        assertTrue(filter.looksLikeSlip("", "proces", List.of("process")));
        assertTrue(filter.looksLikeSlip("", "tommorow", List.of("tomorrow")), "two edits, both of doubled letters");
        assertTrue(filter.looksLikeSlip("", "maintainance", List.of("maintenance")), "two edits in a long word from a very common one");
        assertFalse(filter.looksLikeSlip("", "deoxygenation", List.of("oxygenation")), "two edits from a less common word");
        assertTrue(filter.looksLikeSlip("", "teh", List.of("the")), "a short word: a swap");
        assertFalse(filter.looksLikeSlip("", "eht", List.of("the")), "a short word: not a swap");
        assertFalse(filter.looksLikeSlip("", "fenestrae", List.of("fenestra")), "one edit from a rare word");
        assertFalse(filter.looksLikeSlip("", "tendinopathy", List.of("retinopathy")), "three edits");
        assertFalse(filter.looksLikeSlip("", "warband", List.of("war band")), "a split is no slip");
        assertFalse(filter.looksLikeSlip("", "po", List.of("PO")), "a change of case is no slip");
        assertFalse(filter.looksLikeSlip("", "tipis", List.of("tips")), "the plural of a known word: no slip");
        assertFalse(filter.looksLikeSlip("", "proteoglycans", List.of()), "no suggestion at all");
        assertFalse(filter.looksLikeSlip("", "Judgers", List.of("Judges")), "a doer of a known word: judge, judger");
        assertFalse(filter.looksLikeSlip("", "payor", List.of("mayor")), "pay, payor");
        assertFalse(filter.looksLikeSlip("", "recoded", List.of("recorded")), "coded again");
        assertEquals(1, SpellingFilter.editDistance("recieve", "receive", 2));
        assertEquals(3, SpellingFilter.editDistance("abcdef", "a", 2), "cut off above the limit");
    }

    @Test
    void aSlipHasATypistsShapeWhereATermOneLetterFromACommonWordHasNot() {
        SpellingFilter filter = filter(true, 2);
        // The frequencies of LanguageTool's en-US dictionary. Slips of the judged pages and of Wikipedia's list:
        assertTrue(filter.typo("faades", "façades", 8), "a letter lost in an encoding, whatever the frequency");
        assertTrue(filter.typo("retreived", "retrieved", 10), "neighbours swapped inside the word");
        assertTrue(filter.typo("becuase", "because", 16));
        assertTrue(filter.typo("accomodate", "accommodate", 12), "a consonant undoubled");
        assertTrue(filter.typo("untill", "until", 16), "a consonant doubled, at the end too");
        assertTrue(filter.typo("definately", "definitely", 10), "a vowel for a vowel inside a long word");
        assertTrue(filter.typo("goverment", "government", 16), "a letter left out of a frequent word");
        assertTrue(filter.typo("particulary", "particularly", 14));
        assertTrue(filter.typo("photosyntesis", "photosynthesis", 9), "a letter left out of a long word");
        assertTrue(filter.typo("wich", "which", 18), "a short word: only an everyday one");
        // Terms of the judged pages that the dictionary lacks, one letter from a common word:
        assertFalse(filter.typo("teres", "trees", 13), "a swap in a short word");
        assertFalse(filter.typo("mons", "sons", 13), "the first letter");
        assertFalse(filter.typo("mons", "moons", 10), "a vowel undoubled");
        assertFalse(filter.typo("delegatee", "delegate", 11), "a vowel doubled at the end");
        assertFalse(filter.typo("digesta", "digest", 9), "a letter added at the end");
        assertFalse(filter.typo("arrestee", "arrested", 13), "the last letter");
        assertFalse(filter.typo("rami", "ram", 10));
        assertFalse(filter.typo("localist", "vocalist", 12));
        assertFalse(filter.typo("sulfite", "sulfate", 10), "a vowel for a vowel in a word of seven letters");
        assertFalse(filter.typo("wheals", "wheels", 12), "a short word, and the target not an everyday one");
        assertFalse(filter.typo("ampule", "ample", 10));
        assertFalse(filter.typo("fenestrae", "fenestra", 0), "a rare word");
        assertFalse(filter.typo("determinado", "determined", 14), "two edits, one of them at the end: Portuguese");
        assertFalse(filter.typo("symporters", "supporters", 13), "two edits, not of vowels only: a term");
        assertFalse(filter.typo("batt", "bat", 11), "a doubled letter in a short word");
        assertTrue(filter.typo("maintainance", "maintenance", 13), "two edits of vowels: a misspelling by sound");
    }

    @Test
    void aSlipOfTheSitesOrTheTextsOwnTermIsASlip() {
        SpellingFilter filter = filter(true, 2);
        assertTrue(filter.looksLikeSlip("", "baroreceptpr", List.of()), "one edit from a vocabulary word");
        assertFalse(filter.looksLikeSlip("", "baroreceptors", List.of()), "a plural is no slip");
        String text = "The pseudoperipteral temple; pseudoperipteral columns; a pseudoperipteral plan; pseudoperipheral.";
        assertTrue(filter.looksLikeSlip(text, "pseudoperipheral", List.of()));
        assertFalse(filter.looksLikeSlip("A pseudoperipteral temple; pseudoperipheral.", "pseudoperipheral", List.of()),
                "the close word is not used often enough");
        assertFalse(filter.looksLikeSlip("", "hypervolemic", List.of()), "one edit from hypervolemia: another ending, a related term");
    }

    @Test
    void aRepeatedSlipIsNoTermWhenThePageWritesTheCloseWordMoreOften() {
        String page = "pseudoperipheral columns. The pseudoperipteral temple, a pseudoperipteral plan, pseudoperipteral walls,"
                + " pseudoperipheral again.";
        assertTrue(SpellingFilter.outnumberedByCloseWord(page, "pseudoperipheral", 2));
        assertFalse(SpellingFilter.outnumberedByCloseWord(page + " pseudoperipheral, pseudoperipheral.", "pseudoperipheral", 2),
                "used as often as the close word: the page's own spelling");
    }

    @Test
    void typoDistanceZeroReportsEveryUnknownWord() {
        SpellingFilter filter = new SpellingFilter(new ProseSettings(List.of(), "en-US", Vocabulary.EMPTY, List.of(),
                List.of(), 3, true, true, 2, 0), DICTIONARY);
        assertTrue(filter.looksLikeSlip("", "proteoglycans", List.of()));
    }

    @Test
    void glossedWordsAndPartsOfNamesAfterAnApostropheAreNoSlips() {
        assertFalse(mayBeSlip(filter(true, 2), "Chants, or mele (song), were sung.", "mele"));
        assertFalse(mayBeSlip(filter(true, 2), "the regna (kingdoms or subkingdoms) of the island", "regna"));
        assertFalse(mayBeSlip(filter(true, 2), "a solemn chant (oli) at dawn", "oli"));
        assertFalse(mayBeSlip(filter(true, 2), "the T'boli of Mindanao weave it.", "boli"));
        assertTrue(mayBeSlip(filter(true, 2), "We recieve (2.1) it.", "recieve"), "a reference is no gloss");
        assertTrue(mayBeSlip(filter(true, 2), "We recieve it (in the end).", "recieve"));
    }
}
