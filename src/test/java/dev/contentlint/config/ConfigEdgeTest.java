package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configurations at the edges: profiles that compose, values out of range, and files that are
 * not configuration text. Each is refused at its file, line and column, or accepted as meant.
 */
class ConfigEdgeTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private ConfigException error(String text) throws IOException {
        Path file = write(".contentlint.yaml", text);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, dir));
    }

    private static void assertAt(ConfigException e, int line, int column, String words) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.describe());
        assertTrue(e.getMessage().contains(words), e.describe());
    }

    private int ruleCount(Config config) {
        return config.rules().size();
    }

    // ----- extends: a layer reached twice is applied once -----

    @Test
    void defaultAndAFileThatBuildsOnDefaultCompose() throws IOException {
        write("team.yaml", "rules:\n  trailing-whitespace: off\n"); // builds on default
        Config plain = ConfigLoader.load(write("plain.yaml", "extends: [default]\n"), dir);
        Config both = ConfigLoader.load(write(".contentlint.yaml", "extends: [default, team.yaml]\n"), dir);
        assertEquals(ruleCount(plain) - 1, ruleCount(both));
        assertFalse(both.rules().stream().anyMatch(r -> r.id().equals("trailing-whitespace")));
        assertTrue(both.rules().stream().anyMatch(r -> r.id().equals("ai-boilerplate")));
    }

    @Test
    void twoFilesThatEachBuildOnDefaultCompose() throws IOException {
        write("a.yaml", "rules:\n  trailing-whitespace: off\n");
        write("b.yaml", "rules:\n  slug-format: info\n");
        Config config = ConfigLoader.load(write(".contentlint.yaml", "extends: [a.yaml, b.yaml]\n"), dir);
        assertFalse(config.rules().stream().anyMatch(r -> r.id().equals("trailing-whitespace")));
        assertEquals("INFO", config.rules().stream().filter(r -> r.id().equals("slug-format")).findFirst()
                .orElseThrow().severity().name());
    }

    @Test
    void theSameBuiltInTwiceIsTakenOnce() throws IOException {
        Config twice = ConfigLoader.load(write(".contentlint.yaml", "extends: [default, default]\n"), dir);
        Config once = ConfigLoader.load(write("once.yaml", "extends: [default]\n"), dir);
        assertEquals(ruleCount(once), ruleCount(twice));
    }

    @Test
    void aCycleIsStillAnError() throws IOException {
        write("c.yaml", "extends: [d.yaml]\n");
        write("d.yaml", "extends: [c.yaml]\n");
        ConfigException e = error("extends: [c.yaml]\n");
        assertTrue(e.getMessage().contains("cycle"), e.describe());
    }

    // ----- values out of range -----

    @Test
    void minAboveMaxIsRefusedAtTheOption() throws IOException {
        assertAt(error("rules:\n  seo-description-length:\n    options: {min: 200, max: 100}\n"), 3, 20,
                "min 200 above max 100");
    }

    @Test
    void minAboveMaxWhenOnlyOneIsWrittenIsRefusedToo() throws IOException {
        // The default max is 160.
        assertAt(error("rules:\n  seo-description-length:\n    options:\n      min: 170\n"), 4, 12, "above max 160");
    }

    @Test
    void aNegativeLimitIsRefused() throws IOException {
        assertAt(error("rules:\n  seo-title-length:\n    options: {max: -5}\n"), 3, 20, "from 0 to");
    }

    @Test
    void aHugeNumberIsRefusedNotThrown() throws IOException {
        assertAt(error("rules:\n  seo-title-length:\n    options:\n      max: 99999999999999999999\n"), 4, 12,
                "not '99999999999999999999'");
        assertAt(error("define:\n  - id: long-title\n    kind: length\n    summary: Titles are short\n"
                + "    fields: [title]\n    max: 99999999999999999999\n"), 6, 10, "whole number");
    }

    @Test
    void aDefinedLengthRuleWithMinAboveMaxIsRefused() throws IOException {
        assertAt(error("define:\n  - id: long-title\n    kind: length\n    summary: Titles are short\n"
                + "    fields: [title]\n    min: 9\n    max: 3\n"), 6, 10, "min 9 above max 3");
    }

    // ----- layout -----

    @Test
    void aUrlVariableThePathDoesNotDefineIsRefused() throws IOException {
        assertAt(error("layout:\n  path: \"content/{dir}/{stem}.md\"\n  url: \"/{section}/{stem}\"\n"), 3, 8,
                "{section}");
    }

    @Test
    void aSubjectVariableThatIsNotInTheUrlIsRefused() throws IOException {
        assertAt(error("layout:\n  subject-variable: topic\n"), 2, 21, "'topic' is not a variable");
    }

    // ----- include and exclude -----

    @Test
    void includeThatIsNotAListIsRefused() throws IOException {
        assertAt(error("include: {a: b}\n"), 1, 10, "must be a list of globs");
    }

    @Test
    void aGlobWithSyntaxItDoesNotHaveIsRefusedAtTheItem() throws IOException {
        assertAt(error("include:\n  - \"**/*.md\"\n  - \"content/[abc]/*.md\"\n"), 3, 5, "'['");
        assertAt(error("exclude: [\"**/{drafts,old}/**\"]\n"), 1, 11, "'{'");
        assertAt(error("exclude: [\"!keep.md\"]\n"), 1, 11, "negation");
        assertAt(error("include: [\"\"]\n"), 1, 11, "empty");
    }

    @Test
    void globsOfTheSupportedSyntaxAreAccepted() throws IOException {
        Path file = write(".contentlint.yaml", "include: [\"content/**/*.md\", \"pages/?.md\"]\nexclude: [drafts/]\n");
        Config config = ConfigLoader.load(file, dir);
        assertEquals(java.util.List.of("content/**/*.md", "pages/?.md"), config.include());
    }

    // ----- regular expressions -----

    @Test
    void nestedRepetitionIsRefusedAtLoadTimeQuickly() throws IOException {
        String text = "define:\n  - id: nested\n    kind: forbidden-pattern\n    summary: Nested\n"
                + "    fields: [title]\n    pattern: \"((a{1000}){1000}){1000}\"\n";
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> error(text));
        assertAt(e, 6, 14, "too large");
    }

    @Test
    void theBudgetCountsWhatRe2Expands() {
        assertEquals(3, RegexBudget.estimate("abc"));
        assertTrue(RegexBudget.estimate("(a{1000}){1000}") > 1_000_000);
        assertTrue(RegexBudget.estimate("\\b(?:as an ai|language model|i cannot)\\b") < 100);
        assertTrue(RegexBudget.estimate("[a-z]{2,5}-\\d{4}") < 100);
        assertTrue(RegexBudget.estimate("a{,5}") < 10); // not a repetition in RE2: literal text
        assertTrue(RegexBudget.estimate("(((") >= 0); // malformed: left for the compiler to report
    }

    @Test
    void aVocabularyPatternOverTheBudgetIsRefusedAtItsLine() throws IOException {
        write("words.txt", "colour\n/(x{500}){500}/\n");
        ConfigException e = error("prose:\n  vocabulary: words.txt\n");
        assertTrue(e.describe().contains("words.txt:2:1"), e.describe());
    }

    // ----- files that are not configuration text -----

    @Test
    void aNonUtf8ConfigurationNamesTheLineAndColumnOfTheBadByte() throws IOException {
        Path file = dir.resolve(".contentlint.yaml");
        Files.write(file, new byte[] {'r', 'u', 'l', 'e', 's', ':', '\n', ' ', ' ', 'x', ':', ' ', (byte) 0xFF, '\n'});
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, dir));
        assertAt(e, 2, 6, "invalid UTF-8: byte 0xFF");
    }

    @Test
    void aHugeConfigurationIsRefusedBySizeNotAsAnAliasBomb() throws IOException {
        StringBuilder text = new StringBuilder("prose:\n  words:\n");
        while (text.length() <= ConfigLoader.MAX_CONFIG_BYTES) {
            text.append("    - word").append(text.length()).append('\n');
        }
        ConfigException e = error(text.toString());
        assertTrue(e.getMessage().contains("byte limit"), e.describe());
        assertFalse(e.getMessage().contains("alias"), e.describe());
    }

    @Test
    void manyValuesWithoutAliasesAreNotCalledAnAliasBomb() throws IOException {
        StringBuilder text = new StringBuilder("prose:\n  words: [");
        for (int i = 0; i <= dev.contentlint.page.yaml.YamlParser.MAX_EXPANDED_VALUES; i++) {
            text.append("w").append(i).append(',');
        }
        text.append("w]\n");
        ConfigException e = error(text.toString());
        assertTrue(e.getMessage().contains("holds more than"), e.describe());
        assertFalse(e.getMessage().contains("alias"), e.describe());
    }

    @Test
    void aFifoAsTheVocabularyIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("words.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> error("prose:\n  vocabulary: words.txt\n"));
        assertAt(e, 2, 15, "not a regular file");
    }

    @Test
    void aFolderAsTheConfigurationIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("conf.yaml"));
        write(".contentlint.yaml", "extends: [conf.yaml]\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve(".contentlint.yaml"), dir));
        assertTrue(e.describe().contains("conf.yaml"), e.describe() + " " + folder);
    }

    // ----- prose settings keep their positions for LanguageTool's errors -----

    @Test
    void proseLanguageAndRuleIdsKeepWhereTheyWereWritten() throws IOException {
        Path file = write(".contentlint.yaml",
                "prose:\n  language: xx-YY\n  disabled-rules:\n    - FIRST\n    - SECOND\n");
        ProseSettings prose = ConfigLoader.load(file, dir).prose();
        String at = file.toAbsolutePath().normalize().toString();
        assertEquals(at + ":2:13: ", prose.origin("language"));
        assertEquals(at + ":5:7: ", prose.origin("disabled-rules:SECOND"));
        assertEquals("", prose.origin("enabled-rules:FIRST"));
    }

    @Test
    void theGuardedReaderDecodesUtf8WithABom() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFFcaf\u00e9").getBytes(StandardCharsets.UTF_8));
        assertEquals("caf\u00e9", dev.contentlint.io.GuardedReader.readUtf8(file, 100));
        assertThrows(dev.contentlint.io.GuardedReader.RefusedException.class,
                () -> dev.contentlint.io.GuardedReader.readUtf8(file, 3));
    }

    @Test
    void theGuardedReaderReadsAFileThatReportsNoSizeUpToTheCap() throws IOException {
        Path status = Path.of("/proc/self/status"); // a regular file of size 0 that has content
        assumeTrue(Files.isRegularFile(status), "no /proc here");
        assertTrue(dev.contentlint.io.GuardedReader.readUtf8(status, 1 << 20).contains("Name:"));
        assertThrows(dev.contentlint.io.GuardedReader.RefusedException.class,
                () -> dev.contentlint.io.GuardedReader.readBytes(status, 10));
    }
}
