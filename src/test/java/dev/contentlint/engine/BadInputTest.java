package dev.contentlint.engine;

import static dev.contentlint.cli.Cli.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.cli.Cli;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.yaml.YamlParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PRODUCT.md section 7: bad pages never stop a run. Each case runs the real command line on a
 * folder holding one bad page and one good page, and asserts the exact findings lines, that
 * the good page was still checked, and the exit code: 1 when an error finding exists, never 2.
 *
 * <p>The configuration starts from nothing ({@code extends: []}), so only the structural rules
 * and one marker rule run: the marker reports every "CHECKED" in the title, answer and body,
 * which proves that a page was really read and checked.
 */
class BadInputTest {
    private static final Duration QUICK = Duration.ofSeconds(10);

    private static final String CONFIG = """
            extends: []
            define:
              - id: checked-marker
                kind: forbidden-pattern
                summary: Marks the pages that were really checked
                severity: info
                fields: [title, answer, body]
                pattern: 'CHECKED'
            """;

    /** Findings: the title at 2:8 and the body at 4:14. */
    private static final String GOOD_PAGE = "---\ntitle: CHECKED title\n---\nThe body was CHECKED.\n";

    @TempDir
    Path dir;

    private Path config;
    private Path pages;
    private PageFolder folder;
    private Path good;

    @BeforeEach
    void setUp() throws IOException {
        folder = new PageFolder(dir, CONFIG);
        config = folder.config;
        pages = folder.pages;
        good = folder.write("good.md", GOOD_PAGE);
    }

    private Cli.Run check() {
        return assertTimeoutPreemptively(QUICK, () -> Cli.run("check", "--no-prose", "--config", config.toString(),
                pages.toString()));
    }

    private List<String> goodLines() {
        return markerLines(good, 2, 8, "title", 4, 14);
    }

    private static List<String> markerLines(Path page, int titleLine, int titleColumn, String field, int bodyLine,
            int bodyColumn) {
        return List.of(
                display(page) + ":" + titleLine + ":" + titleColumn + ": info [checked-marker] " + field
                        + " contains \"CHECKED\"",
                display(page) + ":" + bodyLine + ":" + bodyColumn + ": info [checked-marker] body contains \"CHECKED\"");
    }

    /** Good page lines plus the given lines, in the engine's order (sorted by path, then position). */
    private List<String> withGood(List<String> bad, Path badPage) {
        List<String> all = new ArrayList<>();
        boolean badFirst = display(badPage).compareTo(display(good)) < 0;
        if (badFirst) {
            all.addAll(bad);
        }
        all.addAll(goodLines());
        if (!badFirst) {
            all.addAll(bad);
        }
        return all;
    }

    private static List<String> findingLines(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.subList(0, Math.max(0, lines.size() - 1));
    }

    private static String summary(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Asserts the findings lines exactly, the page count, the exit code, and a clean stderr. */
    private static void assertRun(Cli.Run run, List<String> expected, int errors, int pages, int exitCode) {
        assertEquals(expected, findingLines(run), run::toString);
        int info = (int) expected.stream().filter(l -> l.contains(": info [")).count();
        int warnings = (int) expected.stream().filter(l -> l.contains(": warning [")).count();
        assertEquals(expected.size() + " problem" + (expected.size() == 1 ? "" : "s") + " (" + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + info
                + " info) in " + expected.stream().map(l -> l.substring(0, l.indexOf(".md:") + 3)).distinct().count()
                + " of " + pages + " file" + (pages == 1 ? "" : "s") + " checked", summary(run), run::toString);
        assertEquals(exitCode, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void goodPageAloneIsCleanApartFromTheMarker() {
        Cli.Run run = check();
        assertRun(run, goodLines(), 0, 1, 0);
    }

    @Test
    void binaryFileIsUnreadableAndTheOtherPageIsStillChecked() throws IOException {
        byte[] bytes = "---\ntitle: CHECKED\n---\nab\0cd CHECKED\n".getBytes(StandardCharsets.UTF_8);
        Path binary = folder.write("x.md", bytes);
        int nul = "---\ntitle: CHECKED\n---\nab".length();
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(binary) + ":1:1: error [page-unreadable] binary file: it contains a NUL"
                + " byte at byte " + nul + ", so it is not a text page"), binary), 1, 2, 1);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                // A bad byte after multi-byte characters: the column counts UTF-16 units (the emoji is two).
                Arguments.of("after multi-byte characters",
                        bytes("---\ntitle: CHECKED\n---\nline é two\nbad é€😀", 0xFF, " byte\n"), 5, 9),
                Arguments.of("on the first line", bytes("ab", 0x80, "\n---\n"), 1, 3),
                Arguments.of("in the front matter", bytes("---\ntitle: caf", 0xE9, "\n---\n"), 2, 11),
                Arguments.of("after CRLF lines", bytes("---\r\ntitle: x\r\n---\r\nab", 0xFE, "\r\n"), 4, 3),
                // A sequence cut short by the end of the file: the position of its first byte.
                Arguments.of("truncated at the end", bytes("---\ntitle: x\n---\nab", 0xE2, 0x82), 4, 3),
                // An overlong encoding of '/' is invalid UTF-8, not a slash.
                Arguments.of("overlong encoding", bytes("---\ntitle: a", 0xC0, 0xAF, "\n---\n"), 2, 9),
                // An encoded UTF-16 surrogate is invalid UTF-8 too.
                Arguments.of("encoded surrogate", bytes("---\ntitle: a", 0xED, 0xA0, 0x80, "\n---\n"), 2, 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalidUtf8(String name, byte[] bytes, int line, int column) throws IOException {
        Path bad = folder.write("bad.md", bytes);
        int offset = firstInvalidByte(bytes);
        Cli.Run run = check();
        String expected = display(bad) + ":" + line + ":" + column + ": error [page-unreadable] " + String.format(
                "invalid UTF-8: byte 0x%02X at byte offset %d cannot be decoded", bytes[offset] & 0xFF, offset);
        assertRun(run, withGood(List.of(expected), bad), 1, 2, 1);
    }

    @Test
    void byteOrderMarkIsSkippedAndPositionsAreUnchanged() throws IOException {
        Path bom = folder.write("bom.md", bytes("", 0xEF, 0xBB, 0xBF, GOOD_PAGE));
        Cli.Run run = check();
        List<String> expected = new ArrayList<>(markerLines(bom, 2, 8, "title", 4, 14));
        expected.addAll(goodLines());
        assertRun(run, expected, 0, 2, 0);
    }

    @Test
    void crlfPageHasTheSamePositionsAsItsLfVersion() throws IOException {
        String lf = """
                ---
                title: CHECKED first
                answer: >-
                    An answer whose first line is folded\\nand CHECKED here,
                    then CHECKED on the next line\\n

                    and after a blank line: CHECKED.
                      more:   indented CHECKED
                    end
                ---
                Body CHECKED
                """;
        Path lfPage = folder.write("lf/page.md", lf);
        Path crlfPage = folder.write("crlf/page.md", lf.replace("\n", "\r\n"));
        Cli.Run run = check();
        List<String> lfLines = new ArrayList<>();
        List<String> crlfLines = new ArrayList<>();
        for (String line : findingLines(run)) {
            if (line.startsWith(display(lfPage) + ":")) {
                lfLines.add(line.substring(display(lfPage).length()));
            } else if (line.startsWith(display(crlfPage) + ":")) {
                crlfLines.add(line.substring(display(crlfPage).length()));
            }
        }
        List<String> marker = lfLines.stream().filter(l -> l.contains("[checked-marker]")).toList();
        assertEquals(List.of(
                ":2:8: info [checked-marker] title contains \"CHECKED\"",
                ":4:47: info [checked-marker] answer contains \"CHECKED\"",
                ":5:10: info [checked-marker] answer contains \"CHECKED\"",
                ":7:29: info [checked-marker] answer contains \"CHECKED\"",
                ":8:24: info [checked-marker] answer contains \"CHECKED\"",
                ":11:6: info [checked-marker] body contains \"CHECKED\""), marker, run::toString);
        assertEquals(lfLines, crlfLines, run::toString);
        // The field's two escaped newlines are one finding in both files, at the same place: the first.
        assertEquals(1, lfLines.stream().filter(l -> l.contains("[escaped-newline]")).count(), run::toString);
        assertTrue(lfLines.stream().anyMatch(l -> l.startsWith(":4:41: warning [escaped-newline]")), run::toString);
        assertEquals(0, run.code(), run::toString);
    }

    @Test
    void hugeFileIsRefusedUnread() throws IOException {
        Path huge = pages.resolve("huge.md");
        long size = PageReader.DEFAULT_MAX_BYTES + 1;
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(size); // sparse: no 16 MB written
        }
        Cli.Run run = check();
        String message = String.format("file is %,d bytes, over the %,d-byte limit for a page", size,
                PageReader.DEFAULT_MAX_BYTES);
        assertTrue(message.contains("over the"), message);
        assertRun(run, withGood(List.of(display(huge) + ":1:1: error [page-unreadable] " + message), huge), 1, 2, 1);
    }

    @Test
    void fileOfExactlyTheLimitIsRead() throws IOException {
        // At the limit the file is read; its NUL bytes then make it a binary file, not a huge one.
        Path big = pages.resolve("big.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(PageReader.DEFAULT_MAX_BYTES);
        }
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(big)
                + ":1:1: error [page-unreadable] binary file: it contains a NUL byte at byte 0, so it is not a text page"),
                big), 1, 2, 1);
    }

    @Test
    void veryLongLineIsCheckedQuicklyAtTheRightColumn() throws IOException {
        String filler = "lorem ipsum dolor sit amet ".repeat(80_000); // about 2 MB on one line
        Path longPage = folder.write("long.md", "---\ntitle: short\nanswer: >-\n    " + filler + "CHECKED end\n---\nBody "
                + filler + "CHECKED\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(
                display(longPage) + ":4:" + (5 + filler.length()) + ": info [checked-marker] answer contains \"CHECKED\"",
                display(longPage) + ":6:" + (6 + filler.length()) + ": info [checked-marker] body contains \"CHECKED\""),
                longPage), 0, 2, 0);
    }

    @Test
void veryLongLineOnTheFullParserPathIsQuick() throws IOException {
        String filler = "lorem ipsum dolor sit amet ".repeat(300_000); // about 8 MB on one line
        Path longPage = folder.write("long.md", "---\n# a comment\ntitle: short\nanswer: >-\n    " + filler
                + "CHECKED end\n---\nBody\n");
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cli.run("check", "--no-prose",
                "--config", config.toString(), pages.toString()));
        // snakeyaml scans such a line in quadratic time, so the full parser refuses it, quickly and clearly.
        assertRun(run, withGood(List.of(display(longPage) + ":2:1: error [front-matter-invalid] front matter is longer"
                + " than 2,097,152 characters, the most the full YAML parser reads"), longPage), 1, 2, 1);
    }

    @Test
void emojiAtSnakeyamlsBufferBoundaryDoesNotStopTheRun() throws IOException {
        // A comment keeps the fast reader out, so snakeyaml reads the block; the YAML starts after "---\n".
        String head = "---\n# a comment\ntitle: ";
        List<String> expected = new ArrayList<>();
        for (int at = 1016; at <= 1032; at++) {
            int pad = at - (head.length() - 4);
            Path page = folder.write("emoji-" + at + ".md", head + "x".repeat(pad) + "😀 CHECKED\n---\nBody\n");
            expected.add(display(page) + ":3:" + (pad + 11) + ": info [checked-marker] title contains \"CHECKED\"");
        }
        Cli.Run run = check();
        assertEquals("", run.err(), run::toString);
        assertTrue(findingLines(run).containsAll(expected), run::toString);
        assertTrue(findingLines(run).containsAll(goodLines()), run::toString);
        assertEquals(0, run.code(), run::toString);
    }

    @Test
void billionLaughsIsRejectedQuickly() throws IOException {
        StringBuilder yaml = new StringBuilder("---\nl0: &l0 lol\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append('l').append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        Path bomb = folder.write("bomb.md", yaml.append("---\n").toString());
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cli.run("check", "--no-prose",
                "--config", config.toString(), pages.toString()));
        List<String> bombLines = findingLines(run).stream().filter(l -> l.startsWith(display(bomb) + ":")).toList();
        assertEquals(1, bombLines.size(), run::toString);
        assertTrue(bombLines.get(0).contains(": error [front-matter-invalid] "), run::toString);
        assertTrue(bombLines.get(0).contains("alias"), run::toString);
        assertTrue(findingLines(run).containsAll(goodLines()), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void tooManyAliasesAreRejectedAtTheFirstOneOverTheLimit() throws IOException {
        int count = YamlParser.MAX_ALIASES + 1;
        String list = String.join(", ", java.util.Collections.nCopies(count, "*x"));
        Path aliases = folder.write("aliases.md", "---\na: &x v\nl: [" + list + "]\n---\n");
        Cli.Run run = check();
        // "l: [" is 4 characters and each "*x, " another 4.
        assertRun(run, withGood(List.of(display(aliases) + ":3:" + (5 + 4 * YamlParser.MAX_ALIASES)
                + ": error [front-matter-invalid] more than " + YamlParser.MAX_ALIASES + " aliases"), aliases), 1, 2, 1);
    }

    @Test
    void deeplyNestedFlowSequencesAreRejected() throws IOException {
        Path deep = folder.write("deep.md", "---\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n");
        Cli.Run run = check();
        // The root mapping is the first level, so the MAX_DEPTH-th '[' is one too many.
        assertRun(run, withGood(List.of(display(deep) + ":2:" + (3 + YamlParser.MAX_DEPTH)
                + ": error [front-matter-invalid] nesting is deeper than " + YamlParser.MAX_DEPTH + " levels"), deep),
                1, 2, 1);
    }

    @Test
    void deeplyNestedFlowMappingsAreRejected() throws IOException {
        Path deep = folder.write("deep.md", "---\nx: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n---\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(deep) + ":2:" + (4 + 4 * (YamlParser.MAX_DEPTH - 1))
                + ": error [front-matter-invalid] nesting is deeper than " + YamlParser.MAX_DEPTH + " levels"), deep),
                1, 2, 1);
    }

    /** Block mappings nested {@code levels} deep, one space per level: k0, k1, ... and a value. */
    private static String nestedMappings(String firstLine, int levels) {
        StringBuilder yaml = new StringBuilder("---\n").append(firstLine);
        for (int i = 0; i < levels; i++) {
            yaml.append(" ".repeat(i)).append('k').append(i).append(":\n");
        }
        return yaml.append(" ".repeat(levels)).append("v: 1\n---\n").toString();
    }

    @Test
    void deeplyNestedBlockMappingsWithACommentAreRejected() throws IOException {
        // The comment keeps the fast reader out, so snakeyaml's events are counted.
        Path deep = folder.write("deep.md", nestedMappings("# a comment\n", 3 * YamlParser.MAX_DEPTH));
        Cli.Run run = check();
        // Mapping number MAX_DEPTH + 1 holds key k<MAX_DEPTH>, on line 3 + MAX_DEPTH.
        int line = 3 + YamlParser.MAX_DEPTH;
        assertRun(run, withGood(List.of(display(deep) + ":" + line + ":" + (YamlParser.MAX_DEPTH + 1)
                + ": error [front-matter-invalid] nesting is deeper than " + YamlParser.MAX_DEPTH + " levels"), deep),
                1, 2, 1);
    }

    @Test
void deeplyNestedPlainBlockMappingsAreRejected() throws IOException {
        Path deep = folder.write("deep.md", nestedMappings("", YamlParser.MAX_DEPTH + 1));
        Cli.Run run = check();
        int line = 2 + YamlParser.MAX_DEPTH;
        assertRun(run, withGood(List.of(display(deep) + ":" + line + ":" + (YamlParser.MAX_DEPTH + 1)
                + ": error [front-matter-invalid] nesting is deeper than " + YamlParser.MAX_DEPTH + " levels"), deep),
                1, 2, 1);
    }

    @Test
void veryDeeplyNestedPlainBlockMappingsDoNotStopTheRun() throws IOException {
        Path deep = folder.write("deep.md", nestedMappings("", 3_000));
        Cli.Run run = check();
        List<String> deepLines = findingLines(run).stream().filter(l -> l.startsWith(display(deep) + ":")).toList();
        assertEquals(1, deepLines.size(), run::toString);
        assertTrue(deepLines.get(0).contains(": error [front-matter-invalid] nesting is deeper than"), run::toString);
        assertTrue(findingLines(run).containsAll(goodLines()), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void deeplyNestedBlockSequencesAreRejected() throws IOException {
        StringBuilder yaml = new StringBuilder("---\nx:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append(" ".repeat(i + 1)).append("-\n");
        }
        Path deep = folder.write("deep.md", yaml.append(" ".repeat(301)).append("- 1\n---\n").toString());
        Cli.Run run = check();
        // Sequence number MAX_DEPTH - 1 (plus the root mapping) starts on line 2 + MAX_DEPTH.
        int line = 2 + YamlParser.MAX_DEPTH;
        assertRun(run, withGood(List.of(display(deep) + ":" + line + ":" + (YamlParser.MAX_DEPTH + 1)
                + ": error [front-matter-invalid] nesting is deeper than " + YamlParser.MAX_DEPTH + " levels"), deep),
                1, 2, 1);
    }

    @Test
    void customTagIsReportedAndNotConstructed() throws IOException {
        Path tagged = folder.write("tagged.md", "---\ntitle: CHECKED\nid: !java.lang.Runtime 1\nobj: !custom\n  a: 1\n"
                + "n: !!str 12\n---\nBody CHECKED\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(
                display(tagged) + ":2:8: info [checked-marker] title contains \"CHECKED\"",
                display(tagged) + ":3:5: error [front-matter-invalid] custom tag '!java.lang.Runtime' is not allowed"
                        + " (the value is read as plain text)",
                display(tagged) + ":4:6: error [front-matter-invalid] custom tag '!custom' is not allowed"
                        + " (the value is read as plain text)",
                // The rest of the page is still checked.
                display(tagged) + ":8:6: info [checked-marker] body contains \"CHECKED\""), tagged), 2, 2, 1);
    }

    @Test
void secondaryTagOutsideTheCoreSchemaIsReported() throws IOException {
        Path tagged = folder.write("tagged.md", "---\ncmd: !!python/object:os.system ls\n---\n");
        Cli.Run run = check();
        List<String> lines = findingLines(run).stream().filter(l -> l.startsWith(display(tagged) + ":")).toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith(display(tagged) + ":2:6: error [front-matter-invalid] "), run::toString);
        assertTrue(lines.get(0).contains("python/object"), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void unreadableFileIsAFinding() throws IOException {
        Path locked = folder.write("locked.md", GOOD_PAGE);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        // Root reads any file whatever its mode: then there is nothing to test.
        assumeFalse(Files.isReadable(locked), "running as root: a chmod 000 file is still readable");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(locked) + ":1:1: error [page-unreadable] cannot read file: permission"
                + " denied"), locked), 1, 2, 1);
    }

    @Test
    void brokenLinkIsUnreadable() throws IOException {
        Path link = pages.resolve("broken.md");
        createLink(link, Path.of("nowhere.md"));
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(link) + ":1:1: error [page-unreadable] cannot read file: no such file"),
                link), 1, 2, 1);
    }

    @Test
void namedPipeDoesNotHangTheRun() throws Exception {
        Path fifo = pages.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cli.run("check", "--no-prose",
                "--config", config.toString(), pages.toString()));
        assertTrue(findingLines(run).containsAll(goodLines()), run::toString);
        assertFalse(run.code() == 2, run::toString);
    }

    @Test
    void symlinkLoopsEndTheRunWithoutBogusFindings() throws IOException {
        Path a = pages.resolve("a.md");
        Path b = pages.resolve("b.md");
        createLink(a, Path.of("b.md"));
        createLink(b, Path.of("a.md"));
        Path sub = Files.createDirectories(pages.resolve("dir"));
        createLink(sub.resolve("loop"), Path.of(".."));
        createLink(sub.resolve("self"), Path.of("."));
        Cli.Run run = check();
        List<String> lines = findingLines(run);
        assertEquals(4, lines.size(), run::toString);
        String unreadable = ":1:1: error [page-unreadable] cannot read file: ";
        assertTrue(lines.get(0).startsWith(display(a) + unreadable), run::toString);
        assertTrue(lines.get(1).startsWith(display(b) + unreadable), run::toString);
        assertEquals(goodLines(), lines.subList(2, 4), run::toString);
        assertEquals("4 problems (2 errors, 0 warnings, 2 info) in 3 of 3 files checked", summary(run), run::toString);
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void symlinkedFolderIsNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("elsewhere.md"), "---\ntitle: CHECKED\n---\nCHECKED\n");
        Files.writeString(outside.resolve("broken.md"), "no front matter\n");
        createLink(pages.resolve("linked"), outside);
        createLink(pages.resolve("relative-link"), Path.of("../outside"));
        Cli.Run run = check();
        assertRun(run, goodLines(), 0, 1, 0);
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        Path page = folder.write("unclosed.md", "---\ntitle: CHECKED\nbody CHECKED\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(page) + ":1:1: error [front-matter-invalid] front matter is not"
                + " closed: no '---' line follows the opening one"), page), 1, 2, 1);
    }

    @Test
    void topLevelListIsNotAMapping() throws IOException {
        Path page = folder.write("list.md", "---\n- title\n- CHECKED\n---\nBody\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(page) + ":2:1: error [front-matter-invalid] front matter must be a"
                + " mapping of fields, not a list"), page), 1, 2, 1);
    }

    @Test
    void topLevelScalarIsNotAMapping() throws IOException {
        Path page = folder.write("scalar.md", "---\njust some text\n---\nBody\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(page) + ":2:1: error [front-matter-invalid] front matter must be a"
                + " mapping of fields, not a single value"), page), 1, 2, 1);
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() throws IOException {
        Path page = folder.write("dup.md", "---\ntitle: CHECKED\nother: b\ntitle: second\nseo:\n  t: 1\n  t: 2\n---\n"
                + "Body CHECKED\n");
        Cli.Run run = check();
        // The first definition wins, so the title is still checked.
        assertRun(run, withGood(List.of(
                display(page) + ":2:8: info [checked-marker] title contains \"CHECKED\"",
                display(page) + ":4:1: error [front-matter-invalid] duplicate key 'title' (first defined on line 2)",
                display(page) + ":7:3: error [front-matter-invalid] duplicate key 't' (first defined on line 6)",
                display(page) + ":9:6: info [checked-marker] body contains \"CHECKED\""), page), 2, 2, 1);
    }

    @Test
    void yamlSyntaxErrorIsReportedAtTheParsersPosition() throws IOException {
        Path page = folder.write("syntax.md", "---\ntitle: ok\nanswer: \"unclosed\n  still\nnext: [a, b\n---\nBody\n");
        Cli.Run run = check();
        List<String> lines = findingLines(run);
        assertEquals(3, lines.size(), run::toString);
        assertTrue(lines.get(2).startsWith(display(page) + ":"), run::toString);
        assertTrue(lines.get(2).contains(": error [front-matter-invalid] YAML syntax error: "), run::toString);
        assertEquals(goodLines(), lines.subList(0, 2), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void yamlSyntaxErrorPositionIsTheBadToken() throws IOException {
        // A second value on a key's line: snakeyaml stops at the ':' of "b: c".
        Path page = folder.write("syntax.md", "---\ntitle: ok\nkey: a b: c\n---\n");
        Cli.Run run = check();
        List<String> lines = findingLines(run);
        assertEquals(3, lines.size(), run::toString);
        assertTrue(lines.get(2).startsWith(display(page) + ":3:9: error [front-matter-invalid] YAML syntax error: "),
                run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void emptyFileHasNoFrontMatter() throws IOException {
        Path page = folder.write("empty.md", "");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(page) + ":1:1: error [front-matter-missing] page has no front matter:"
                + " its first line must be '---', followed by YAML fields and a closing '---'"), page), 1, 2, 1);
    }

    @Test
    void fileOfOnlyTheOpeningFenceIsUnclosed() throws IOException {
        Path page = folder.write("dashes.md", "---");
        Path withBreak = folder.write("dashes2.md", "---\n");
        Cli.Run run = check();
        String unclosed = ":1:1: error [front-matter-invalid] front matter is not closed: no '---' line follows the"
                + " opening one";
        assertRun(run, withGood(List.of(display(page) + unclosed, display(withBreak) + unclosed), page), 2, 3, 1);
    }

    @Test
    void emptyFrontMatterIsValid() throws IOException {
        Path page = folder.write("blank.md", "---\n---\nBody CHECKED\n");
        Cli.Run run = check();
        assertRun(run, withGood(List.of(display(page) + ":3:6: info [checked-marker] body contains \"CHECKED\""), page),
                0, 2, 0);
    }

    @Test
    void manyBadPagesInOneRunAreEachReported() throws IOException {
        folder.write("a-binary.md", bytes("x", 0, "y"));
        folder.write("b-utf8.md", bytes("x", 0xFF, ""));
        folder.write("c-unclosed.md", "---\na: 1\n");
        folder.write("d-list.md", "---\n- a\n---\n");
        folder.write("e-empty.md", "");
        folder.write("f-tag.md", "---\na: !x 1\n---\n");
        Cli.Run run = check();
        List<String> lines = findingLines(run);
        assertEquals(8, lines.size(), run::toString);
        assertTrue(lines.containsAll(goodLines()), run::toString);
        assertEquals(6, lines.stream().filter(l -> l.contains(": error [")).count(), run::toString);
        assertEquals("8 problems (6 errors, 0 warnings, 2 info) in 7 of 7 files checked", summary(run), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    private static void createLink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "cannot create symbolic links here: " + e);
        }
    }

    /** Bytes from a mix of strings (UTF-8) and single byte values. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            try {
                decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, i, length));
            } catch (java.nio.charset.CharacterCodingException e) {
                return i;
            }
            i += length - 1;
        }
        throw new IllegalArgumentException("no invalid byte");
    }
}
