package dev.contentlint.rules.declarative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.config.FieldRoles;
import dev.contentlint.config.Layouts;
import dev.contentlint.fix.Fix;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.prose.ProseFinding;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phrase search: every occurrence, any case, whole words, phrases that share a beginning. */
class PhraseRuleTest {
    private static final RuleMeta META = new RuleMeta("phrases", "No listed phrase", Severity.WARNING, dev.contentlint.rules.Fixability.NONE,
            List.of(), true, List.of(), "", "test");

    /** Each finding as "field: text of its range", sorted (the order of report does not matter). */
    private static List<String> found(List<String> phrases, String title, String answer) {
        String text = "---\ntitle: " + title + "\nanswer: " + answer + "\n---\n";
        Page page = Page.parse(Path.of("p.md"), "p.md", text);
        PhraseRule rule = new PhraseRule(META, List.of("title", "answer"), phrases, "{field}: \"{match}\"");
        List<String> found = new ArrayList<>();
        rule.check(page, new RuleContext() {
            @Override
            public void report(String field, Range range, String message, Fix fix, Map<String, Object> properties) {
                found.add(field + ": " + page.textAt(range));
            }

            @Override
            public void reportOccurrences(String field, List<Range> occurrences, String message, Fix fix) {
                throw new AssertionError("a phrase is reported per occurrence");
            }

            @Override
            public RuleOptions options() {
                return null;
            }

            @Override
            public FieldRoles fields() {
                return null;
            }

            @Override
            public Layouts layout() {
                return null;
            }

            @Override
            public boolean wantsFixes() {
                return false;
            }

            @Override
            public List<ProseFinding> prose() {
                return List.of();
            }

            @Override
            public PageIndex index() {
                return null;
            }
        });
        found.sort(null);
        return found;
    }

    @Test
    void findsEveryOccurrenceInAnyCaseAndOnlyAtWordStartsAndEnds() {
        assertEquals(List.of("answer: As An Ai Model", "answer: as an ai model", "title: As an AI model"),
                found(List.of("as an ai model"), "As an AI model",
                        "as an ai model, as an ai models, has an ai model, As An Ai Model."));
    }

    @Test
    void phrasesThatShareABeginningAreEachFoundOnce() {
        List<String> phrases = List.of("i cannot answer", "i cannot", "i can't provide", "I CANNOT ANSWER");
        assertEquals(List.of("answer: I cannot", "answer: I cannot answer", "answer: i cannot"),
                found(phrases, "Hi", "I cannot answer; i cannot; i cannotx"));
    }

    @Test
    void aTypographicApostropheMatchesAStraightOneAnywhereInThePhrase() {
        assertEquals(List.of("answer: 'tis", "answer: \u2019tis", "title: I\u2019m just an AI"),
                found(List.of("i'm just an ai", "'tis"), "I\u2019m just an AI", "\u2019tis so; x\u2019tis; 'tis"));
    }

    @Test
    void aPhraseEndingInPunctuationMayBeFollowedByAWord() {
        assertEquals(List.of("answer: cannot,", "answer: cannot,"), found(List.of("cannot,"), "Hi", "cannot, cannot,x"));
    }

    @Test
    void theSkippingScanFindsAPhraseAtTheValuesStartAndEndAndBesideAnother() {
        List<String> phrases = List.of("as an ai model", "my knowledge cutoff", "i cannot answer");
        assertEquals(List.of("answer: I cannot answer", "answer: as an AI model", "answer: my knowledge cutoff",
                        "answer: my knowledge cutoff"),
                found(phrases, "Hi", "my knowledge cutoff, as an AI model I cannot answer my knowledge cutoff"));
    }

    /**
     * The shift table may only skip starts where no phrase begins: on random texts made of the
     * phrases' pieces and of characters none has, in any case and with either apostrophe, it finds what a search of every
     * start finds, for lists whose shortest phrase takes the table (4 characters or more) and not.
     */
    @Test
    void theSkippingScanFindsWhatASearchOfEveryStartFinds() {
        java.util.Random random = new java.util.Random(42);
        List<List<String>> lists = List.of(
                List.of("as an ai model", "i'm just an ai", "my knowledge cutoff", "i can't", "an ai"),
                List.of("abab", "babab", "aab!", "b'ab"),
                List.of("ab", "abab", "ba"),
                List.of("as of my last update", "as of my last knowledge update", "based on the available information, i"));
        String[] pieces = {"a", "b", "ab", "ba", "as", "an", "ai", "i", "'", "\u2019", "m", " ", " ", "my", "knowledge",
            "cutoff", "can", "t", "model", "just", "of", "last", "update", "!", ",", "x", "AB", "As An AI", "I\u2019M",
            // characters no phrase has, which move the window furthest
            "z", "q", "zq", "qqz", "z z", "0"};
        for (List<String> phrases : lists) {
            for (int round = 0; round < 300; round++) {
                StringBuilder text = new StringBuilder("x ");
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                String answer = text.toString().stripTrailing();
                assertEquals(everyStart(phrases, answer), found(phrases, "Hi", answer), phrases + " in \"" + answer + "\"");
            }
            // Each phrase at every offset from the window's first position, after characters that move it furthest.
            for (String phrase : phrases) {
                for (int offset = 0; offset < 40; offset++) {
                    String answer = "x" + "z".repeat(offset) + " " + phrase.toUpperCase(java.util.Locale.ROOT) + " q";
                    assertEquals(everyStart(phrases, answer), found(phrases, "Hi", answer), phrases + " in \"" + answer + "\"");
                }
            }
        }
    }

    /** Each phrase at each start of the text, compared folded, as whole words: the rule's definition. */
    private static List<String> everyStart(List<String> phrases, String text) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.toLowerCase(java.util.Locale.ROOT);
            for (int at = folded.indexOf(p); at >= 0; at = folded.indexOf(p, at + 1)) {
                int end = at + p.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
                boolean endsWord = end == folded.length() || !Character.isLetterOrDigit(p.charAt(p.length() - 1))
                        || !Character.isLetterOrDigit(folded.charAt(end));
                if (startsWord && endsWord) {
                    found.add("answer: " + text.substring(at, end));
                }
            }
        }
        found.sort(null);
        return found;
    }

    @Test
    void aPhraseMayEndWhereTheValueEnds() {
        assertEquals(List.of("title: my cutoff"), found(List.of("my cutoff"), "say my cutoff", "my cutoffs"));
    }
}
