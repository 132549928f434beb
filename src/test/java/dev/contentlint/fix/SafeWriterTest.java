package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SafeWriter}: atomic replacement, owner and mode kept, and no write over a file that changed or lies outside the root. */
class SafeWriterTest {
    /** Enough fixes beside the writer that, without the lock, some of its lines are lost in most runs. */
    private static final int FIXES = 500;
    private static final long FIXING_NANOS = 60_000_000_000L;
    /** A bound on the page's growth: as it grows, each fix takes longer and loses the race to the writer more often. */
    private static final int MOST_LINES = 50_000;

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("old é\n"));
        SafeWriter.write(dir, file, utf8("old é\n"), "new é 🙂\n", false);
        assertArrayEquals(utf8("new é 🙂\n"), Files.readAllBytes(file));
        assertEquals(List.of("page.md"), folder());
    }

    @Test
    void refusesAFileThatChangedOnDiskAndLeavesItUntouched() throws IOException {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("edited by someone else\n"));
        SafeWriter.Refused refused = assertThrows(SafeWriter.Refused.class,
                () -> SafeWriter.write(dir, file, utf8("what the fix was computed from\n"), "fixed\n", false));
        assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
        assertArrayEquals(utf8("edited by someone else\n"), Files.readAllBytes(file));
        assertEquals(List.of("page.md"), folder(), "a temporary file was left behind");
    }

    @Test
    void aChangeOfOneByteOrOfLengthIsEnoughToRefuse() throws IOException {
        Path file = dir.resolve("page.md");
        for (String now : List.of("abc\n", "abd\n", "abc", "abc\n\n", "\uFEFFabc\n")) {
            Files.write(file, utf8(now));
            if (now.equals("abc\n")) {
                continue;
            }
            assertThrows(SafeWriter.Refused.class, () -> SafeWriter.write(dir, file, utf8("abc\n"), "x\n", false),
                    now);
            assertArrayEquals(utf8(now), Files.readAllBytes(file));
        }
    }

    @Test
    void aFileDeletedSinceItWasReadIsNotRecreated() {
        Path file = dir.resolve("gone.md");
        assertThrows(IOException.class, () -> SafeWriter.write(dir, file, utf8("was here\n"), "fixed\n", false));
        assertFalse(Files.exists(file));
    }

    @Test
    void keepsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        for (String mode : List.of("rw-r-----", "rw-------", "rwxrwxr-x")) {
            Path file = dir.resolve("page-" + mode.replace('-', '_') + ".md");
            Files.write(file, utf8("old\n"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            SafeWriter.write(dir, file, utf8("old\n"), "new\n", false);
            assertEquals("new\n", Files.readString(file), mode);
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), mode);
        }
    }

    @Test
    void writesTheByteOrderMarkWhenAsked() throws IOException {
        Path file = dir.resolve("bom.md");
        byte[] original = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
        Files.write(file, original);
        SafeWriter.write(dir, file, original, "b\n", true);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'b', '\n'}, Files.readAllBytes(file));
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws IOException {
        Path target = Files.createDirectories(dir.resolve("real")).resolve("page.md");
        Files.write(target, utf8("old\n"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), target);
        SafeWriter.write(dir, link, utf8("old\n"), "new\n", false);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of("page.md"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void keepsTheSetuidBitAndTheOwner() throws Exception {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("old\n"));
        boolean chowned = run("chown", "65534:65534", file.toString());
        assumeTrue(run("chmod", "4755", file.toString()), "chmod is not available");
        SafeWriter.write(dir, file, utf8("old\n"), "new\n", false);
        assertEquals("new\n", Files.readString(file));
        assertEquals(04755, (Integer) Files.getAttribute(file, "unix:mode") & 07777);
        if (chowned) {
            assertEquals(65534, Files.getAttribute(file, "unix:uid"));
            assertEquals(65534, Files.getAttribute(file, "unix:gid"));
        }
    }

    @Test
    void anotherUsersReadOnlyPageIsRefusedEvenForRoot() throws Exception {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("old\n"));
        assumeTrue(run("chown", "65534:65534", file.toString()), "cannot give the page to another user here");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SafeWriter.Refused refused = assertThrows(SafeWriter.Refused.class,
                () -> SafeWriter.write(dir, file, utf8("old\n"), "new\n", false));
        assertTrue(refused.getMessage().contains("read-only (mode 0444) and belongs to another user"), refused.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of("page.md"), folder(), "a temporary file was left behind");
    }

    @Test
    void ownReadOnlyPageIsWrittenAndStaysReadOnly() throws IOException {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("old\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SafeWriter.write(dir, file, utf8("old\n"), "new\n", false);
        assertEquals("new\n", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aLinkOutOfTheRootIsNotWrittenThrough(@TempDir Path outside) throws IOException {
        Path target = Files.writeString(outside.resolve("secret.md"), "old\n");
        Path root = Files.createDirectories(dir.resolve("site"));
        Path link = Files.createSymbolicLink(root.resolve("page.md"), target);
        SafeWriter.Refused refused = assertThrows(SafeWriter.Refused.class,
                () -> SafeWriter.write(root, link, utf8("old\n"), "new\n", false));
        assertTrue(refused.getMessage().contains("outside the checked root"), refused.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aPageInAFolderThatCannotBeWrittenNamesTheFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path file = Files.writeString(folder.resolve("page.md"), "old\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root, which writes into a read-only folder");
            SafeWriter.Refused refused = assertThrows(SafeWriter.Refused.class,
                    () -> SafeWriter.write(dir, file, utf8("old\n"), "new\n", false));
            assertTrue(refused.getMessage().contains("page.md") && refused.getMessage().contains("folder that cannot be written"),
                    refused.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriteToTheOldFileAfterTheRenameIsPutBack() throws IOException {
        Path file = dir.resolve("page.md");
        Files.writeString(file, "old\n");
        try (java.nio.channels.FileChannel writer = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            // The writer opened the page before the fix replaced it, and writes once it has.
            SafeWriter.Refused refused = assertThrows(SafeWriter.Refused.class, () -> SafeWriter.write(dir, file,
                    utf8("old\n"), "new\n", false, () -> {
                        try {
                            writer.write(java.nio.ByteBuffer.wrap(utf8("appended\n")));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
        }
        assertEquals("old\nappended\n", Files.readString(file));
        assertEquals(List.of("page.md"), folder(), "a temporary file or link was left behind");
    }

    /**
     * A real second process appends lines, each under the lock, while the page is fixed {@link #FIXES} times
     * (each fix bumps a counter on the first line). Every appended line and every fix
     * that was reported as written must be in the file at the end.
     */
    @Test
    void aWriterThatLocksLosesNothingWhileThePageIsFixedOverAndOver() throws Exception {
        assumeTrue(run("python3", "-c", "import fcntl"), "python3 is not installed; skipping the locking writer");
        Path file = dir.resolve("page.md");
        Files.writeString(file, "fixes: 0\n");
        Path appender = dir.resolve("appender.py");
        try (var script = SafeWriterTest.class.getResourceAsStream("/fix/locking-appender.py")) {
            Files.copy(script, appender);
        }
        Path stop = dir.resolve("stop");
        Process writer = new ProcessBuilder("python3", appender.toString(), file.toString(), stop.toString(),
                String.valueOf(MOST_LINES))
                .redirectErrorStream(true).start();
        int written = 0;
        int refused = 0;
        try {
            long started = System.nanoTime();
            while (!Files.readString(file).contains("appended 0\n")) {
                assertTrue(writer.isAlive() && System.nanoTime() - started < 60_000_000_000L, "the writer did not start");
                Thread.sleep(10);
            }
            // The page grows as the writer appends, and so does each read and comparison; on a slow
            // machine fixes lose the race more and more often, so the fixing stops after a while.
            long deadline = System.nanoTime() + FIXING_NANOS;
            while (written < FIXES && System.nanoTime() < deadline) {
                byte[] before = Files.readAllBytes(file);
                String text = new String(before, StandardCharsets.UTF_8);
                int fixes = Integer.parseInt(text.substring("fixes: ".length(), text.indexOf('\n')));
                String fixed = "fixes: " + (fixes + 1) + text.substring(text.indexOf('\n'));
                try {
                    SafeWriter.write(dir, file, before, fixed, false);
                    written++;
                } catch (SafeWriter.Refused e) {
                    assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
                    refused++;
                }
            }
        } finally {
            Files.createFile(stop);
            if (!writer.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                writer.destroyForcibly();
            }
        }
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, writer.exitValue(), output);
        int lines = Integer.parseInt(output);
        List<String> end = Files.readAllLines(file);
        assertEquals("fixes: " + written, end.get(0), "a fix reported as written was lost");
        List<String> appended = java.util.stream.IntStream.range(0, lines).mapToObj(i -> "appended " + i).toList();
        List<String> tail = end.subList(1, end.size());
        if (!appended.equals(tail)) {
            java.util.Set<String> kept = new java.util.HashSet<>(tail);
            List<String> lost = appended.stream().filter(line -> !kept.contains(line)).limit(10).toList();
            throw new AssertionError("the file holds " + tail.size() + " of " + lines
                    + " appended lines, in another order or with some repeated; lost, at most 10: " + lost);
        }
        System.out.printf("SafeWriterTest: %,d fixes written and %,d refused beside a locking writer of %,d lines%n", written, refused, lines);
        assertTrue(lines > 1, "the writer appended nothing while the page was fixed");
        assertTrue(written >= 20, "only " + written + " fixes were written in 60 s (" + refused
                + " refused): too few to show anything");
        assertEquals(List.of("appender.py", "page.md", "stop"), folder(), "a temporary file or link was left behind");
    }
}
