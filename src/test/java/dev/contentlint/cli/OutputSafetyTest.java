package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output (and audit -o/--html, merge -o, --update-baseline, which share its writer) never
 * replaces what the user named: a device node, a FIFO and a symbolic link stay what they were.
 * Device nodes are made with mknod in a temporary folder, never the system's /dev.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;
    private Path page;
    private Path config;

    @BeforeEach
    void site() throws IOException {
        config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\nrules:\n  trailing-whitespace: warning\n");
        page = Files.writeString(dir.resolve("page.md"), "---\ntitle: A page \n---\nText.\n");
    }

    private Cli.Run check(Path output, String... more) {
        String[] base = {"check", "--no-prose", "--no-cache", "--config", config.toString(), "--format", "json",
                "--output", output.toString(), page.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void aCharacterDeviceIsWrittenIntoNotReplaced() throws Exception {
        Path nul = dir.resolve("null");
        assumeTrue(run("mknod", nul.toString(), "c", "1", "3"), "mknod is not permitted here");
        Cli.Run run = check(nul);
        assertEquals(0, run.code(), run::toString);
        assertFalse(Files.isRegularFile(nul, LinkOption.NOFOLLOW_LINKS), "the device node was replaced");
        assertTrue(run("test", "-c", nul.toString()), "no longer a character device");
    }

    @Test
    void aFifoGetsTheWholeReport() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(fifo));
        String report = new String(reader.get(30, TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, run.code(), run::toString);
        assertTrue(report.contains("trailing-whitespace") && report.strip().endsWith("}"), report);
        assertTrue(run("test", "-p", fifo.toString()), "no longer a FIFO");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path target = Files.writeString(dir.resolve("real.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        Cli.Run run = check(link);
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertTrue(Files.readString(target).contains("trailing-whitespace"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("reports/new.json"));
        Cli.Run run = check(link);
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("reports/new.json")).contains("trailing-whitespace"));
    }

    @Test
    void aLinkToADeviceIsWrittenIntoTheDevice() throws Exception {
        Path nul = dir.resolve("null");
        assumeTrue(run("mknod", nul.toString(), "c", "1", "3"), "mknod is not permitted here");
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), nul); // as /dev/stdout leads to a device
        Cli.Run run = check(link);
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(run("test", "-c", nul.toString()));
    }

    @Test
    void aFolderIsAUsageErrorNotAStackTrace() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Cli.Run run = check(folder);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("is a folder"), run::toString);
        assertFalse(run.err().contains("at dev.contentlint"), run::toString);
    }

    @Test
    void anExistingFileKeepsItsOwnerGroupAndMode() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        boolean chowned = run("chown", "65534:65534", report.toString()); // nobody, when the tests run as root
        Cli.Run run = check(report);
        assertEquals(0, run.code(), run::toString);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        if (chowned) {
            assertEquals("65534", String.valueOf(Files.getAttribute(report, "unix:uid")));
            assertEquals("65534", String.valueOf(Files.getAttribute(report, "unix:gid")));
        }
        assertTrue(Files.readString(report).contains("trailing-whitespace"));
    }

    @Test
    void aNewFileInANewFolderIsWrittenAtomically() throws IOException {
        Path report = dir.resolve("out/deeper/report.json");
        Cli.Run run = check(report);
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.readString(report).contains("trailing-whitespace"));
        try (var left = Files.list(report.getParent())) {
            assertEquals(1, left.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aCacheDirThatIsAFileOrADeviceIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("cache"), "not a folder");
        for (Path cache : new Path[] {file, Path.of("/dev/null")}) {
            Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), "--cache-dir", cache.toString(),
                    page.toString());
            assertEquals(2, run.code(), run::toString);
            assertTrue(run.err().contains("--cache-dir " + cache + " is not a folder"), run::toString);
        }
        assertEquals("not a folder", Files.readString(file));
    }
}
