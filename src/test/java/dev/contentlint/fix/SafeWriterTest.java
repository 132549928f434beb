package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** {@link SafeWriter}: atomic replacement, permissions kept, and no write over a file that changed. */
class SafeWriterTest {
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
        SafeWriter.write(file, utf8("old é\n"), "new é 🙂\n", false);
        assertArrayEquals(utf8("new é 🙂\n"), Files.readAllBytes(file));
        assertEquals(List.of("page.md"), folder());
    }

    @Test
    void refusesAFileThatChangedOnDiskAndLeavesItUntouched() throws IOException {
        Path file = dir.resolve("page.md");
        Files.write(file, utf8("edited by someone else\n"));
        SafeWriter.ChangedOnDisk refused = assertThrows(SafeWriter.ChangedOnDisk.class,
                () -> SafeWriter.write(file, utf8("what the fix was computed from\n"), "fixed\n", false));
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
            assertThrows(SafeWriter.ChangedOnDisk.class, () -> SafeWriter.write(file, utf8("abc\n"), "x\n", false),
                    now);
            assertArrayEquals(utf8(now), Files.readAllBytes(file));
        }
    }

    @Test
    void aFileDeletedSinceItWasReadIsNotRecreated() {
        Path file = dir.resolve("gone.md");
        assertThrows(IOException.class, () -> SafeWriter.write(file, utf8("was here\n"), "fixed\n", false));
        assertFalse(Files.exists(file));
    }

    @Test
    void keepsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        for (String mode : List.of("rw-r-----", "rw-------", "r--r--r--", "rwxrwxr-x")) {
            Path file = dir.resolve("page-" + mode.replace('-', '_') + ".md");
            Files.write(file, utf8("old\n"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            SafeWriter.write(file, utf8("old\n"), "new\n", false);
            assertEquals("new\n", Files.readString(file), mode);
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), mode);
        }
    }

    @Test
    void writesTheByteOrderMarkWhenAsked() throws IOException {
        Path file = dir.resolve("bom.md");
        byte[] original = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
        Files.write(file, original);
        SafeWriter.write(file, original, "b\n", true);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'b', '\n'}, Files.readAllBytes(file));
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws IOException {
        Path target = Files.createDirectories(dir.resolve("real")).resolve("page.md");
        Files.write(target, utf8("old\n"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), target);
        SafeWriter.write(link, utf8("old\n"), "new\n", false);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of("page.md"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
