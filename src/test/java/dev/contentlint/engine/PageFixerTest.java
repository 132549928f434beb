package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PageFixer} on one page read by the real reader: a page that changes on disk between
 * the read and the write is not written, several rounds of fixes reach a fixed point, and a
 * dry run reports the page's original findings with a diff.
 */
class PageFixerTest {
    @TempDir
    Path dir;

    private PageChecker checker;
    private PageReader reader;

    @BeforeEach
    void setUp() throws IOException {
        Path configFile = dir.resolve("contentlint.yaml");
        Files.writeString(configFile, FixModeTest.CONFIG);
        Config config = ConfigLoader.load(configFile, dir);
        reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        checker = new PageChecker(config, reader, PageSource.WORKING_TREE, FixMode.NONE, true, null, null);
    }

    @Test
    void aPageThatChangedSinceItWasReadIsNotWritten() throws IOException {
        Path page = dir.resolve("a.md");
        Files.writeString(page, FixModeTest.PAGE);
        PageReader.Result read = reader.read(page, "a.md");
        String edited = FixModeTest.PAGE.replace("Last line.", "Last line, edited meanwhile.");
        Files.writeString(page, edited);

        List<String> errors = new ArrayList<>();
        PageChecker.Outcome outcome = new PageFixer(checker, FixMode.of(true, false, false)).fix(read, errors);
        assertEquals(List.of(), errors);
        assertNotNull(outcome.fixed());
        assertTrue(outcome.fixed().refused(), outcome.fixed()::toString);
        assertTrue(outcome.fixed().refusal().contains("changed on disk"), outcome.fixed().refusal());
        assertEquals(edited, Files.readString(page));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".contentlint-fix")));
        }
        // The findings reported are those of the page as read, fixes included.
        assertTrue(outcome.findings().stream().anyMatch(f -> f.ruleId().equals("escaped-newline")));
    }

    @Test
    void anOverlappedFixIsNotNeededOnceTheRewriteHasRun() throws IOException {
        // With unsafe fixes, the trailing spaces inside the literal answer overlap the answer's
        // rewrite, which goes first and leaves no trailing spaces: the next round has nothing
        // to do, and neither has a second run.
        Path page = dir.resolve("b.md");
        Files.writeString(page, "---\nanswer: |-\n  one\\ntwo\n  three   \n---\nbody\n");
        PageReader.Result read = reader.read(page, "b.md");
        PageChecker.Outcome outcome = new PageFixer(checker, FixMode.of(true, false, true)).fix(read, new ArrayList<>());
        assertEquals(1, outcome.fixed().fixesApplied(), outcome.fixed()::toString);
        assertEquals("---\nanswer: |-\n  one\n  two\n  three\n---\nbody\n", Files.readString(page));
        assertTrue(outcome.findings().isEmpty(), outcome.findings()::toString);

        PageChecker.Outcome again = new PageFixer(checker, FixMode.of(true, false, true))
                .fix(reader.read(page, "b.md"), new ArrayList<>());
        assertNull(again.fixed());
    }

    @Test
    void aDryRunWritesNothingAndReportsTheOriginalFindingsWithADiff() throws IOException {
        Path page = dir.resolve("c.md");
        Files.writeString(page, FixModeTest.PAGE);
        PageChecker.Outcome outcome = new PageFixer(checker, FixMode.of(false, true, false))
                .fix(reader.read(page, "c.md"), new ArrayList<>());
        assertEquals(FixModeTest.PAGE, Files.readString(page));
        assertNotNull(outcome.fixed().diff());
        assertTrue(outcome.fixed().diff().startsWith("--- a/c.md\n+++ b/c.md\n"), outcome.fixed().diff());
        assertTrue(outcome.findings().stream().anyMatch(f -> f.ruleId().equals("escaped-newline")));
        assertTrue(outcome.findings().stream().anyMatch(f -> f.ruleId().equals("trailing-whitespace")));
    }

    /**
     * With hard breaks reported, the two spaces the escaped-newline fix keeps for a hard break
     * would be a new trailing-whitespace finding: that fix is withheld, with a sentence naming
     * both rules and the finding, while the page's other safe fix (the body's spaces) applies.
     */
    @Test
    void aSafeFixThatWouldAddAFindingIsWithheldAndTheOthersApply() throws IOException {
        Path configFile = dir.resolve("strict.yaml");
        Files.writeString(configFile, FixModeTest.CONFIG
                + "  trailing-whitespace:\n    options:\n      allow-hard-breaks: false\n");
        PageChecker strict = new PageChecker(ConfigLoader.load(configFile, dir), reader, PageSource.WORKING_TREE,
                FixMode.NONE, true, null, null);
        String text = "---\nanswer: >-\n  one  \\ntwo\n---\nbody   \n";
        Path page = dir.resolve("d.md");
        Files.writeString(page, text);
        PageChecker.Outcome outcome = new PageFixer(strict, FixMode.of(true, false, false))
                .fix(reader.read(page, "d.md"), new ArrayList<>());
        assertEquals("---\nanswer: >-\n  one  \\ntwo\n---\nbody\n", Files.readString(page));
        assertEquals(1, outcome.fixed().fixesApplied(), outcome.fixed()::toString);
        assertEquals(1, outcome.fixed().withheld().size(), outcome.fixed()::toString);
        String why = outcome.fixed().withheld().get(0);
        assertTrue(why.startsWith("the escaped-newline fix of 'answer'") && why.contains("a trailing-whitespace finding")
                && why.contains("in 'answer' at 3:6"), why);
        assertEquals(List.of("escaped-newline"), outcome.findings().stream().map(Finding::ruleId).toList());

        // With hard breaks allowed, the same page is fixed whole and nothing new is left.
        Files.writeString(page, text);
        PageChecker.Outcome lenient = new PageFixer(checker, FixMode.of(true, false, false))
                .fix(reader.read(page, "d.md"), new ArrayList<>());
        assertEquals(List.of(), lenient.fixed().withheld());
        assertEquals("---\nanswer: |-\n  one  \n  two\n---\nbody\n", Files.readString(page));
        assertEquals(List.of(), lenient.findings());
    }

    @Test
    void findingsAreTheSameAcrossAFixWhenRuleFieldAndExcerptAre() {
        Finding a = finding("trailing-whitespace", "answer", "  ", 3);
        Finding moved = finding("trailing-whitespace", "answer", "  ", 9);
        Finding other = finding("trailing-whitespace", "title", "  ", 3);
        List<dev.contentlint.fix.Fix> none = List.of();
        var had = PageFixer.counts(List.of(a), none);
        assertEquals(List.of(), PageFixer.created(had, List.of(moved), none), "a finding that moved is not new");
        assertEquals(List.of(other), PageFixer.created(had, List.of(other), none));
        assertEquals(List.of(a), PageFixer.created(had, List.of(moved, a), none), "a second one of the same kind is new");
        Finding reindented = finding("trailing-whitespace", "answer", "      ", 3);
        assertEquals(List.of(), PageFixer.created(had, List.of(reindented), none), "spaces identify nothing but the field");
        Finding text = finding("escaped-newline", "answer", "\\n", 3);
        assertEquals(List.of(text), PageFixer.created(had, List.of(text), none));

        // In a field a fix rewrites, the excerpt is the new text: rule and field identify the finding.
        var rewrite = List.of(dev.contentlint.fix.Fix.safe("rewrite", dev.contentlint.fix.FieldChange.any("keywords")));
        Finding tooMany = finding("keywords-format", "keywords", "a, a, b, c", 3);
        Finding tooManyRewritten = finding("keywords-format", "keywords", "a, b, c", 3);
        assertEquals(List.of(), PageFixer.created(PageFixer.counts(List.of(tooMany), rewrite), List.of(tooManyRewritten),
                rewrite));
        assertEquals(List.of(tooManyRewritten), PageFixer.created(PageFixer.counts(List.of(tooMany), none),
                List.of(tooManyRewritten), none));
    }

    private static Finding finding(String rule, String field, String excerpt, int line) {
        var at = new dev.contentlint.page.Position(line, 1);
        return new Finding(rule, dev.contentlint.rules.Severity.WARNING, "p.md", field, "m", dev.contentlint.page.Range.at(0),
                at, at, excerpt, null, List.of(), null, List.of());
    }
}
