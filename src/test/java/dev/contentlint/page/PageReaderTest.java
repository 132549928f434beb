package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
    private final PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        String text = "---\ntitle: é\n---\nbody\n";
        PageReader.Result result = reader.decode(Path.of("p.md"), "p.md",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)));
        assertNull(result.failure());
        assertEquals(text, result.page().text());
        assertEquals(Page.FrontMatterState.VALID, result.page().frontMatterState());
        assertEquals(new Position(2, 8), result.page().lines().position(
                result.page().frontMatter().scalar("title").orElseThrow().range().start()));
    }

    @Test
    void onlyALeadingByteOrderMarkIsSkipped() {
        PageReader.Result result = reader.decode(Path.of("p.md"), "p.md", utf8("a\uFEFFb"));
        assertEquals("a\uFEFFb", result.page().text());
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkCountsColumnsWithoutIt() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, concat(utf8("ab"), new byte[] {(byte) 0xFF}));
        PageReader.Result result = reader.decode(Path.of("p.md"), "p.md", bytes);
        assertNull(result.page());
        assertEquals(new PageReader.ReadFailure("invalid UTF-8: byte 0xFF at byte offset 5 cannot be decoded", 1, 3),
                result.failure());
    }

    @Test
    void nulByteMakesABinaryFile() {
        PageReader.Result result = reader.decode(Path.of("p.md"), "p.md", utf8("abc\0"));
        assertNull(result.page());
        assertEquals("binary file: it contains a NUL byte at byte 3, so it is not a text page", result.failure().message());
        assertEquals(0, result.failure().line());
    }

    @Test
    void sizeLimitIsCheckedBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("p.md"), "---\na: 1\n---\n"); // 13 bytes
        PageReader small = new PageReader(12);
        PageReader.Result refused = small.read(file, "p.md");
        assertNull(refused.page());
        assertTrue(refused.failure().message().startsWith("file is 13 bytes, over the 12-byte limit"),
                refused.failure().message());
        PageReader.Result read = new PageReader(13).read(file, "p.md");
        assertNotNull(read.page());
        assertEquals(file, read.page().file());
    }

    @Test
    void missingFileIsAFailureNotAnException() {
        PageReader.Result result = reader.read(dir.resolve("gone.md"), "gone.md");
        assertNull(result.page());
        assertEquals("cannot read file: no such file", result.failure().message());
    }

    @Test
    void folderIsAFailureNotAnException() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.md"));
        PageReader.Result result = reader.read(folder, "folder.md");
        assertNull(result.page());
        assertEquals("is a folder, not a page", result.failure().message());
    }

    @Test
    void crlfTextIsKeptAsIs() {
        String text = "---\r\na: 1\r\n---\r\n";
        assertEquals(text, reader.decode(Path.of("p.md"), "p.md", utf8(text)).page().text());
    }
}
