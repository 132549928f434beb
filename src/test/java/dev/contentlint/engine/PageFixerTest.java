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
    void fixesThatOverlapAreAppliedInLaterRoundsUntilNothingChanges() throws IOException {
        // With unsafe fixes, the trailing spaces inside the folded answer overlap the answer's
        // rewrite: the rewrite goes first, the spaces of the new block in the next round.
        Path page = dir.resolve("b.md");
        Files.writeString(page, "---\nanswer: >-\n  one\\ntwo   \n---\nbody\n");
        PageReader.Result read = reader.read(page, "b.md");
        PageChecker.Outcome outcome = new PageFixer(checker, FixMode.of(true, false, true)).fix(read, new ArrayList<>());
        assertEquals(2, outcome.fixed().fixesApplied(), outcome.fixed()::toString);
        assertEquals("---\nanswer: |-\n  one\n  two\n---\nbody\n", Files.readString(page));
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
}
