package dev.contentlint.engine;

import static dev.contentlint.cli.Cli.display;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix}, {@code --fix-dry-run} and {@code --unsafe-fixes} through the real
 * command line on temporary folders: what is written, what is reported, that a second run
 * changes nothing, that the dry run's diff is accepted by the real {@code git apply} and gives
 * the bytes {@code --fix} writes, and that line endings, a missing final newline, a byte order
 * mark and file permissions survive.
 */
class FixModeTest {
    /** The default profile without the rules that would report the test pages' missing fields. */
    static final String CONFIG = """
            extends: default
            rules:
              required-field: off
              field-type: off
              seo-description-length: off
              seo-title-length: off
              url-path-mismatch: off
              url-subject-mismatch: off
              file-name-mismatch: off
              slug-format: off
              article-title-mismatch: off
            """;

    /** An answer with escapes, a title and a body line with trailing spaces, and AI boilerplate. */
    static final String PAGE = """
            ---
            title: A page with fixes\s\s\s
            question: >-
                As an AI language model, what is a line break?
            answer: >-
                First paragraph with $x \\neq y$.\\n\\n```c\\nprintf("%d\\n", n);\\n```\\n# Not a comment: ok
            after: kept
            ---
            Body line with trailing spaces\t\s
            Last line.
            """;

    /** {@link #PAGE} after {@code --fix}. */
    static final String FIXED = """
            ---
            title: A page with fixes
            question: >-
                As an AI language model, what is a line break?
            answer: |-
                First paragraph with $x \\neq y$.

                ```c
                printf("%d\\n", n);
                ```
                # Not a comment: ok
            after: kept
            ---
            Body line with trailing spaces
            Last line.
            """;

    @TempDir
    Path dir;

    /** Outside the checked folder: copies and patches. */
    @TempDir
    Path scratch;

    private Path config;
    private Path pages;
    private PageFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = new PageFolder(dir, CONFIG);
        config = folder.config;
        pages = folder.pages;
    }

    /** {@code check} on the pages folder with the test configuration and the given options. */
    private Cli.Run check(String... options) {
        return checkPaths(List.of(options), pages);
    }

    private Cli.Run checkPaths(List<String> options, Path... targets) {
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--config", config.toString()));
        args.addAll(options);
        for (Path target : targets) {
            args.add(target.toString());
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void fixRewritesThePageAndReportsOnlyWhatRemains() throws IOException {
        Path page = folder.write("a.md", PAGE);
        Cli.Run before = check();
        assertTrue(before.out().contains("[escaped-newline]") && before.out().contains("[trailing-whitespace]"),
                before::toString);

        Cli.Run run = check("--fix");
        assertEquals(FIXED, Files.readString(page));
        assertEquals(0, run.code(), run::toString);
        // Only the finding that has no fix is left.
        assertEquals(2, run.outLines().size(), run::toString);
        assertTrue(run.outLines().get(0).startsWith(display(page) + ":4:5: warning [ai-boilerplate] "), run::toString);
        assertEquals("1 problem (0 errors, 1 warning, 0 info) in 1 of 1 file checked", run.outLines().get(1));
        assertTrue(run.err().contains("applied 3 fixes to 1 file"), run::toString);
        assertFalse(run.err().contains("not applied"), run::toString);
    }

    @Test
    void aSecondFixChangesNoByte() throws IOException {
        Path a = folder.write("a.md", PAGE);
        Path b = folder.write("sub/b.md", "---\nanswer: one\\ntwo\n---\nbody   \n");
        check("--fix");
        byte[] onceA = Files.readAllBytes(a);
        byte[] onceB = Files.readAllBytes(b);
        assertEquals("---\nanswer: |-\n  one\n  two\n---\nbody\n", new String(onceB, StandardCharsets.UTF_8));

        Cli.Run again = check("--fix");
        assertArrayEquals(onceA, Files.readAllBytes(a));
        assertArrayEquals(onceB, Files.readAllBytes(b));
        assertTrue(again.err().contains("applied 0 fixes to 0 files"), again::toString);
        assertFalse(again.out().contains("[escaped-newline]"), again::toString);
    }

    @Test
    void dryRunWritesNothingAndPrintsTheDiff() throws IOException {
        Path page = folder.write("a.md", PAGE);
        byte[] original = Files.readAllBytes(page);
        Cli.Run run = check("--fix-dry-run");
        assertArrayEquals(original, Files.readAllBytes(page));
        String path = display(page);
        assertTrue(run.out().startsWith("--- a/" + path + "\n+++ b/" + path + "\n@@ "), run::toString);
        assertTrue(run.out().contains("\n-answer: >-\n") && run.out().contains("\n+answer: |-\n"), run::toString);
        assertTrue(run.err().contains("would apply 3 fixes to 1 file"), run::toString);
        assertTrue(noFixTempFiles(), "the dry run left a temporary file");
    }

    @Test
    void fixAndDryRunExcludeEachOther() throws IOException {
        folder.write("a.md", PAGE);
        Cli.Run run = check("--fix", "--fix-dry-run");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--fix and --fix-dry-run exclude each other"), run::toString);
        assertEquals(PAGE, Files.readString(pages.resolve("a.md")));
    }

    /** Pages whose dry-run diff must apply with git and give the bytes that --fix writes. */
    private void writeDiffPages() throws IOException {
        folder.write("lf.md", PAGE);
        folder.write("no-final-newline.md", PAGE.stripTrailing());
        // The last line itself changes and has no newline: both sides of the hunk need the marker.
        folder.write("last-line-changes.md", "---\nanswer: a\\nb\n---\nbody   ");
        folder.write("crlf.md", PAGE.replace("\n", "\r\n"));
        folder.write("crlf-no-final-newline.md", PAGE.replace("\n", "\r\n").stripTrailing());
        folder.write("nested/deep/page.md", "---\nseo:\n  answer: >-\n      x\\n\\n  y  \\n\n  kind: k\n---\n");
        folder.write("unchanged.md", "---\ntitle: nothing to fix\n---\nbody\n");
        folder.write("with space é.md", "---\nanswer: é\\n🙂 'q' \"d\"\n---\n");
        StringBuilder long_ = new StringBuilder("---\nanswer: >-\n    start");
        for (int i = 0; i < 40; i++) {
            long_.append("\\nline ").append(i);
        }
        long_.append("\ntitle: far apart   \n---\n");
        for (int i = 0; i < 30; i++) {
            long_.append("body line ").append(i).append(i % 10 == 0 ? "   \n" : "\n");
        }
        folder.write("many-hunks.md", long_.toString());
    }

    @Test
    void dryRunDiffAppliedWithGitGivesTheBytesThatFixWrites() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        writeDiffPages();
        Path fixedCopy = copyTree(dir, scratch.resolve("fixed-copy"));
        Path repo = dir;
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "pages before fixing");
        Map<String, byte[]> before = snapshot(pages);

        // As a user runs it: from the repository root, so that the diff's paths are the repository's.
        ProcessRun dryRun = contentlint(repo, "check", "--no-prose", "--config", "contentlint.yaml", "--fix-dry-run",
                "pages");
        assertEquals(before.keySet(), snapshot(pages).keySet());
        assertSnapshotEquals(before, snapshot(pages), "the dry run wrote a file");
        assertTrue(dryRun.err().contains("would apply "), dryRun::toString);
        assertFalse(dryRun.out().contains("unchanged.md"), dryRun::toString);
        Path patch = scratch.resolve("fixes.patch");
        Files.writeString(patch, dryRun.out(), StandardCharsets.UTF_8);

        ProcessRun apply = run(repo, "git", "apply", "--whitespace=nowarn", patch.toString());
        assertEquals(0, apply.code(), () -> "git apply rejected the dry-run diff:\n" + apply + "\n--- diff ---\n"
                + dryRun.out());

        ProcessRun fix = contentlint(fixedCopy, "check", "--no-prose", "--config", "contentlint.yaml", "--fix", "pages");
        assertFalse(fix.err().contains("not applied"), fix::toString);
        Map<String, byte[]> fixed = snapshot(fixedCopy.resolve("pages"));
        assertSnapshotEquals(fixed, snapshot(pages), "git apply of the dry-run diff and --fix disagree");
        assertFalse(Arrays.equals(before.get("crlf.md"), fixed.get("crlf.md")), "crlf.md was not fixed");
    }

    @Test
    void dryRunDiffOfABomPageAppliesWithGit() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        folder.write("bom.md", concat(bom, "---\nanswer: >-\n  a\\nb\ntitle: x\n---\nbody\n".getBytes(StandardCharsets.UTF_8)));
        git(dir, "init", "-q");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "base");
        ProcessRun dryRun = contentlint(dir, "check", "--no-prose", "--config", "contentlint.yaml", "--fix-dry-run",
                "pages");
        Path patch = scratch.resolve("bom.patch");
        Files.writeString(patch, dryRun.out(), StandardCharsets.UTF_8);
        ProcessRun apply = run(dir, "git", "apply", patch.toString());
        assertEquals(0, apply.code(), () -> apply + "\n--- diff ---\n" + dryRun.out());
        assertArrayEquals(concat(bom, "---\nanswer: |-\n  a\n  b\ntitle: x\n---\nbody\n".getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(pages.resolve("bom.md")));
    }

    @Test
    void aMissingFinalNewlineStaysMissing() throws IOException {
        Path page = folder.write("a.md", PAGE.stripTrailing());
        Path last = folder.write("b.md", "---\nanswer: a\\nb\n---\nlast line   ");
        check("--fix");
        assertEquals(FIXED.stripTrailing(), Files.readString(page));
        assertEquals("---\nanswer: |-\n  a\n  b\n---\nlast line", Files.readString(last));
    }

    @Test
    void crlfPagesKeepCrlfInTheRewrittenBlock() throws IOException {
        Path page = folder.write("crlf.md", PAGE.replace("\n", "\r\n"));
        Cli.Run run = check("--fix");
        assertFalse(run.err().contains("not applied"), run::toString);
        assertEquals(FIXED.replace("\n", "\r\n"), Files.readString(page));
    }

    @Test
    void aByteOrderMarkIsKept() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path page = folder.write("bom.md", concat(bom, PAGE.getBytes(StandardCharsets.UTF_8)));
        Path crlf = folder.write("bom-crlf.md", concat(bom, PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        check("--fix");
        assertArrayEquals(concat(bom, FIXED.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(page));
        assertArrayEquals(concat(bom, FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(crlf));
    }

    @Test
    void filePermissionsAreKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Map<String, String> modes = Map.of("a.md", "rw-r-----", "b.md", "rw-------", "c.md", "rwxr-x---",
                "d.md", "rw-rw-rw-");
        for (Map.Entry<String, String> e : modes.entrySet()) {
            Path page = folder.write(e.getKey(), PAGE);
            Files.setPosixFilePermissions(page, PosixFilePermissions.fromString(e.getValue()));
        }
        check("--fix");
        for (Map.Entry<String, String> e : modes.entrySet()) {
            Path page = pages.resolve(e.getKey());
            assertEquals(FIXED, Files.readString(page), e.getKey());
            assertEquals(e.getValue(), PosixFilePermissions.toString(Files.getPosixFilePermissions(page)), e.getKey());
        }
        assertTrue(noFixTempFiles(), "a temporary file was left behind");
    }

    @Test
    void aSymlinkedPageIsFixedThroughItsLinkWhichStaysALink() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("real"));
        Path target = outside.resolve("target.md");
        Files.writeString(target, PAGE);
        Path link = Files.createSymbolicLink(pages.resolve("link.md"), target);
        checkPaths(List.of("--fix"), link);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(FIXED, Files.readString(target));
    }

    @Test
    void aRefusedPageIsLeftUntouchedAndTheRunGoesOn() throws IOException {
        // The answer's node is also the value of 'copy' (an alias): rewriting it would change a
        // field that the fix does not own, so the page must be refused as a whole.
        String aliased = "---\nanswer: &shared one\\ntwo\ncopy: *shared\ntitle: trailing   \n---\nbody   \n";
        Path refused = folder.write("aliased.md", aliased);
        Path other = folder.write("other.md", PAGE);
        Cli.Run run = check("--fix");
        assertEquals(aliased, Files.readString(refused));
        assertEquals(FIXED, Files.readString(other));
        assertTrue(run.err().contains("contentlint: " + display(refused) + ": fixes not applied: "), run::toString);
        assertTrue(run.err().contains("applied 3 fixes to 1 file"), run::toString);
        assertTrue(run.code() != 2, run::toString);
        // The refused page's findings are still reported.
        assertTrue(run.out().contains(display(refused) + ":2:"), run::toString);
    }

    @Test
    void trailingWhitespaceOutsideBlockScalarsIsASafeFix() throws IOException {
        Path page = folder.write("ws.md", "---   \ntitle: x \t\nlist:\n  - a  \n  - 'b'   \n---\nbody\t\nhard  \nbreak\n\t\n"
                + "end  \n");
        check("--fix");
        // Two spaces before a line that goes on are a Markdown hard break and stay.
        assertEquals("---\ntitle: x\nlist:\n  - a\n  - 'b'\n---\nbody\nhard  \nbreak\n\nend\n", Files.readString(page));
    }

    @Test
    void trailingWhitespaceInsideABlockScalarNeedsUnsafeFixes() throws IOException {
        String text = "---\nanswer: |-\n  line with spaces   \n  next\n---\nbody\n";
        Path page = folder.write("block.md", text);
        Cli.Run safe = check("--fix");
        assertEquals(text, Files.readString(page));
        assertTrue(safe.out().contains("[trailing-whitespace]"), safe::toString);

        Cli.Run dry = check("--fix-dry-run", "--unsafe-fixes");
        assertEquals(text, Files.readString(page));
        assertTrue(dry.out().contains("\n+  line with spaces\n"), dry::toString);

        check("--fix", "--unsafe-fixes");
        assertEquals("---\nanswer: |-\n  line with spaces\n  next\n---\nbody\n", Files.readString(page));
    }

    @Test
    void unsafeFixesOfUrlFileNameMismatchNeedTheFlag() throws IOException {
        Cli.Run rules = Cli.run("rules");
        assumeTrue(rules.outLines().stream().anyMatch(l -> l.startsWith("url-file-name-mismatch ")
                && l.contains("fixable")), "url-file-name-mismatch has no fix yet");
        String text = "---\nurl: /learn/x/questions/right-slug\nfile_name: wrong-slug.md\n---\nbody\n";
        Path page = folder.write("right-slug.md", text);
        Cli.Run safe = check("--fix");
        assertEquals(text, Files.readString(page));
        assertTrue(safe.out().contains("[url-file-name-mismatch]"), safe::toString);

        Cli.Run dry = check("--fix-dry-run", "--unsafe-fixes");
        assertEquals(text, Files.readString(page));
        assertTrue(dry.out().contains("\n+file_name: right-slug.md\n"), dry::toString);

        Cli.Run unsafe = check("--fix", "--unsafe-fixes");
        assertEquals(text.replace("wrong-slug.md", "right-slug.md"), Files.readString(page));
        assertFalse(unsafe.out().contains("[url-file-name-mismatch]"), unsafe::toString);
    }

    @Test
    void jsonAndSarifShowTheEscapedNewlineFix() throws IOException {
        folder.write("a.md", "---\nanswer: >-\n    one\\ntwo\n---\n");
        JsonNode json = new ObjectMapper().readTree(check("--format", "json").out());
        JsonNode finding = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("ruleId").asText().equals("escaped-newline")) {
                finding = f;
            }
        }
        assertTrue(finding != null, json::toString);
        JsonNode fix = finding.get("fix");
        assertEquals("safe", fix.get("applicability").asText());
        assertEquals("|-\n    one\n    two", fix.get("edits").get(0).get("replacement").asText());

        String sarif = check("--format", "sarif").out();
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        JsonNode result = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("escaped-newline")) {
                result = r;
            }
        }
        assertTrue(result != null && result.has("fixes"), sarif);
        assertTrue(result.get("fixes").toString().contains("|-\\n    one\\n    two"), sarif);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean noFixTempFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.noneMatch(p -> p.getFileName().toString().endsWith(".contentlint-fix"));
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every regular file under {@code root} by '/'-separated relative path. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> actual, String message) {
        assertEquals(expected.keySet(), actual.keySet(), message);
        for (String name : expected.keySet()) {
            assertEquals(new String(expected.get(name), StandardCharsets.UTF_8).replace("\r", "\\r"),
                    new String(actual.get(name), StandardCharsets.UTF_8).replace("\r", "\\r"), message + ": " + name);
            assertArrayEquals(expected.get(name), actual.get(name), message + ": " + name);
        }
    }

    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    record ProcessRun(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    static ProcessRun run(Path cwd, String... command) throws IOException, InterruptedException {
        return run(cwd, List.of(command));
    }

    static ProcessRun run(Path cwd, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("fixmode", ".out");
        Path err = Files.createTempFile("fixmode", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The real command line in its own JVM, started in {@code cwd}, as a user runs it. */
    static ProcessRun contentlint(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.contentlint.cli.Main"));
        command.addAll(List.of(args));
        return run(cwd, command);
    }

    static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=contentlint test", "-c",
                "user.email=test@example.org", "-c", "core.autocrlf=false", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessRun result = run(repo, command);
        assertEquals(0, result.code(), () -> command + "\n" + result);
    }

    static boolean gitAvailable() {
        try {
            return run(Path.of("."), "git", "--version").code() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
