package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.FixedPage;
import dev.contentlint.engine.RunResult;
import dev.contentlint.page.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escaped-newline fix on the YAML forms the property test does not generate, through the
 * real engine in {@code --fix} mode on one page at a time: anchors, tags, comments, keep
 * chomping, sequence items, values on the line after their key. Where no correct rewrite
 * exists the verifier must refuse the page, which also keeps its other fixes from applying.
 */
class EscapedNewlineFixEdgeCasesTest {
    /** The default profile; trailing-whitespace is left on unless a test turns it off. */
    private static final String CONFIG = "extends: default\nrules:\n  required-field: off\n  field-type: off\n";
    private static final String NO_TRAILING_WHITESPACE = CONFIG + "  trailing-whitespace: off\n";

    @TempDir
    Path dir;

    /** What one --fix run did to one page. */
    record Outcome(String before, String after, FixedPage fixed, List<Finding> findings) {
        boolean refused() {
            return fixed != null && fixed.refused();
        }

        String value(String path) {
            return FixTesting.value(Page.parse(Path.of("p.md"), "p.md", after), path);
        }

        /** The literal \n reported: a field's are one finding, with each as a related location. */
        long escapedNewlines() {
            return findings.stream().filter(f -> f.ruleId().equals("escaped-newline")).mapToInt(f -> f.occurrences()).sum();
        }

        @Override
        public String toString() {
            return "before:\n" + FixTesting.visible(before) + "\nafter:\n" + FixTesting.visible(after) + "\nfixed: "
                    + fixed + "\nremaining: " + findings.stream().map(f -> f.ruleId() + " " + f.start()).toList();
        }
    }

    private Outcome fix(String config, String text) throws IOException {
        Path configFile = dir.resolve("contentlint.yaml");
        Files.writeString(configFile, config);
        Path page = dir.resolve("page.md");
        Files.writeString(page, text);
        RunResult run = FixTesting.run(configFile, dir, FixTesting.fixMode());
        assertEquals(List.of(), run.internalErrors());
        FixedPage fixed = run.fixed().isEmpty() ? null : run.fixed().get(0);
        return new Outcome(text, Files.readString(page), fixed, run.findings());
    }

    private void assertFixed(Outcome outcome, String path, String expected) {
        assertTrue(outcome.fixed() != null && !outcome.refused(), outcome::toString);
        assertEquals(expected, outcome.value(path), outcome::toString);
        assertEquals(0, outcome.escapedNewlines(), outcome::toString);
    }

    // ---- forms that work ------------------------------------------------------------------------

    @Test
    void explicitKeyWithValueIndicator() throws IOException {
        Outcome o = fix(CONFIG, "---\n? answer\n: a\\nb\n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
    }

    @Test
    void frontMatterClosedWithDots() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: >-\n  a\\nb\n...\nbody\n");
        assertFixed(o, "answer", "a\nb");
        assertEquals("---\nanswer: |-\n  a\n  b\n...\nbody\n", o.after());
    }

    @Test
    void mappingIndentedByFourSpaces() throws IOException {
        Outcome o = fix(CONFIG, "---\nseo:\n    answer: a\\nb\n    kind: k\n---\nbody\n");
        assertFixed(o, "seo.answer", "a\nb");
        assertEquals("---\nseo:\n    answer: |-\n      a\n      b\n    kind: k\n---\nbody\n", o.after());
    }

    @Test
    void plainScalarOnSeveralLines() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: a\\nb\n  c\\n d\nnext: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb c\n d");
    }

    @Test
    void singleQuotedScalarOnSeveralLinesWithABlankLine() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: 'it''s\\n\n\n  c'\n---\nbody\n");
        assertFixed(o, "answer", "it's\n\nc");
    }

    @Test
    void spacesBetweenTheColonAndTheIndicator() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer:   >-\n  a\\nb\n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
    }

    @Test
    void foldedBlockWithExplicitIndentationAndAMoreIndentedFirstLine() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: >2-\n     code\\nline\n  next\n---\nbody\n");
        assertFixed(o, "answer", "   code\nline\nnext");
    }

    @Test
    void trailingSpacesAfterAPlainScalarGoWithTheTrailingWhitespaceFix() throws IOException {
        // Both fixes in one round: the trailing-whitespace edit starts where the rewrite ends.
        Outcome o = fix(CONFIG, "---\nanswer: a\\nb   \n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
        assertEquals("---\nanswer: |-\n  a\n  b\n---\nbody\n", o.after());
    }

    @Test
    void keepChompingWithoutTrailingBlankLines() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: |+\n  a\\nb\nnext: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb\n");
    }

    @Test
    void doubleQuotedEscapesAreRealLineBreaksAndNotReported() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: \"a\\nb\"\n---\nbody\n");
        assertNull(o.fixed(), o::toString);
        assertEquals(0, o.escapedNewlines(), o::toString);
    }

    // ---- no fix offered, on purpose ---------------------------------------------------------------

    @Test
    void aValueOfOnlyEscapesHasNoLiteralBlockAndIsLeftAlone() throws IOException {
        String text = "---\nanswer: >-\n    \\n\\n\n---\nbody\n";
        Outcome o = fix(CONFIG, text);
        assertNull(o.fixed(), o::toString);
        assertEquals(text, o.after());
        assertEquals(2, o.escapedNewlines()); // the two escapes, occurrences of one finding
    }

    @Test
    void aScalarInAFlowMappingIsLeftAlone() throws IOException {
        String text = "---\nseo: {answer: a\\nb}\n---\nbody\n";
        Outcome o = fix(CONFIG, text);
        assertNull(o.fixed(), o::toString);
        assertEquals(text, o.after());
        assertEquals(1, o.escapedNewlines());
    }

    @Test
    void anAliasedScalarIsRefusedBecauseTheOtherFieldWouldChange() throws IOException {
        String text = "---\nanswer: &a x\\ny\ncopy: *a\n---\nbody\n";
        Outcome o = fix(CONFIG, text);
        assertTrue(o.refused(), o::toString);
        assertEquals(text, o.after());
    }

    // ---- layouts that once were refused or lost bytes ------------------------------------------------

    @Test
    void keepChompingWithTrailingBlankLines() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: >+\n  a\\nb\n\n\ntitle: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb\n\n\n");
    }

    @Test
    void aCommentAfterAPlainScalar() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: a\\nb # note\ntitle: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
        assertTrue(o.after().contains("# note"), o::toString);
    }

    @Test
    void trailingSpacesAfterAPlainScalarWithoutTheTrailingWhitespaceRule() throws IOException {
        Outcome o = fix(NO_TRAILING_WHITESPACE, "---\nanswer: a\\nb   \nq: 'c\\nd'  \n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
        assertEquals("c\nd", o.value("q"));
    }

    @Test
    void aMappingInsideASequenceItem() throws IOException {
        Outcome o = fix(CONFIG, "---\nitems:\n- answer: a\\nb\n  kind: k\n---\nbody\n");
        assertTrue(o.fixed() != null && !o.refused(), o::toString);
        assertEquals(0, o.escapedNewlines(), o::toString);
        Map<String, String> fields = FixTesting.snakeyamlFields(FixTesting.snakeyaml(o.after()));
        assertEquals("String:a\nb", fields.get("items[0].answer"), o::toString);
        assertEquals("String:k", fields.get("items[0].kind"), o::toString);
    }

    @Test
    void aBlockScalarThatStartsWithABlankLine() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: |-\n\n  a\\nb\ntitle: x\n---\nbody\n");
        assertFixed(o, "answer", "\na\nb");
    }

    @Test
    void aBlockScalarEndingInALineOfSpaces() throws IOException {
        // The line of spaces means nothing in Markdown; a line break stays in its place.
        Outcome o = fix(NO_TRAILING_WHITESPACE, "---\nanswer: |-\n  a\\nb\n     \ntitle: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb\n");
    }

    @Test
    void aPlainScalarOnTheLineAfterItsKey() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer:\n  a\\nb\ntitle: x\n---\nbody\n");
        assertFixed(o, "answer", "a\nb");
    }

    @Test
    void anchorsTagsAndHeaderCommentsAreKept() throws IOException {
        Outcome anchor = fix(CONFIG, "---\nanswer: &keep a\\nb\n---\nbody\n");
        assertFixed(anchor, "answer", "a\nb");
        assertTrue(anchor.after().contains("&keep"), anchor::toString);
        Outcome tag = fix(CONFIG, "---\nanswer: !!str a\\nb\n---\nbody\n");
        assertFixed(tag, "answer", "a\nb");
        assertTrue(tag.after().contains("!!str"), tag::toString);
        Outcome comment = fix(CONFIG, "---\nanswer: >- # note\n  a\\nb\n---\nbody\n");
        assertFixed(comment, "answer", "a\nb");
        assertTrue(comment.after().contains("# note"), comment::toString);
    }

    /** The finding marks the escape itself, and the fix applies, whatever anchor or tag precedes the value. */
    @Test
    void anchorsAndTagsOnEveryStyleKeepTheColumnsAndTheFix() throws IOException {
        String[] values = {"&a x\\ny", "!!str 'x\\ny'", "&a !!str >-\n  x\\ny", "!!str &a |-\n  x\\ny",
                "!!str\n  x\\ny"};
        for (String value : values) {
            String text = "---\nanswer: " + value + "\n---\nbody\n";
            Path page = dir.resolve("page.md");
            Files.writeString(page, text);
            Path config = dir.resolve("contentlint.yaml");
            Files.writeString(config, CONFIG);
            List<Finding> found = FixTesting.run(config, dir, dev.contentlint.engine.FixMode.NONE).findings();
            Finding escape = found.stream().filter(f -> f.ruleId().equals("escaped-newline")).findFirst().orElseThrow();
            int at = text.indexOf("\\n");
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int column = at - text.lastIndexOf('\n', at - 1);
            assertEquals(line + ":" + column, escape.start().line() + ":" + escape.start().column(), value);
            Outcome o = fix(CONFIG, text);
            assertFixed(o, "answer", "x\ny");
            assertTrue(o.after().contains(value.contains("&a") ? "&a" : "!!str"), o::toString);
        }
    }

    /**
     * Spaces before an escape would end a line of the new block: one space, or spaces before a
     * blank line, the value's end or on a line of nothing else mean nothing in Markdown and go;
     * two or more before a line that goes on are a hard break and become exactly two. No
     * trailing-whitespace finding follows, with the rule on.
     */
    @Test
    void spacesThatWouldEndALineOfTheBlockKeepTheirMarkdownMeaning() throws IOException {
        Outcome o = fix(CONFIG, "---\nanswer: >-\n  one \\ntwo  \\nthree   \\n\\nfour \\n  \\nfive\t\\nsix    \\nseven\n"
                + "q: 'a\\nb  '\n---\nbody\n");
        assertFixed(o, "answer", "one\ntwo  \nthree\n\nfour\n\nfive\nsix  \nseven");
        assertEquals("a\nb", o.value("q"));
        assertEquals(List.of(), o.findings().stream().filter(f -> f.ruleId().equals("trailing-whitespace")).toList(),
                o::toString);
    }
}
