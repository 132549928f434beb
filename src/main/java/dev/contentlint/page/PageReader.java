package dev.contentlint.page;

import dev.contentlint.io.GuardedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a page from disk as strict UTF-8. Anything that cannot be a text page (too large,
 * binary, undecodable, unreadable) becomes a {@link ReadFailure} that names the reason and,
 * where there is one, the line and column.
 */
public final class PageReader {
    /** Larger files are refused unread: a content page is a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final int BINARY_PROBE = 8000;

    /** Why a file could not be read as a page; {@code line} and {@code column} are 1-based or 0. */
    public record ReadFailure(String message, int line, int column) {}

    /**
     * Either a page or the reason there is none. A page comes with the bytes it was decoded
     * from and whether they began with a byte order mark, which a fix must write back.
     */
    public record Result(Page page, ReadFailure failure, byte[] bytes, boolean bom) {}

    private final long maxBytes;

    public PageReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Result read(Path file, String displayPath) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return fail(attributes.isDirectory() ? Files.isReadable(file) ? "is a folder, not a page"
                        : "is a folder that cannot be read (permission denied), so the pages in it are not checked"
                        : "is not a regular file (a pipe, socket or device), so it is not read");
            }
            long size = attributes.size();
            if (size > maxBytes) {
                return fail(String.format("file is %,d bytes, over the %,d-byte limit for a page", size, maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return fail("cannot read file: " + GuardedReader.describe(e));
        } catch (OutOfMemoryError e) {
            return fail("file is too large to read");
        }
        return decode(file, displayPath, bytes);
    }

    /** Decodes bytes already in memory, such as a file's staged version. */
    public Result decode(Path file, String displayPath, byte[] bytes) {
        // Most pages are ASCII: the bytes up to the first other byte (or control character
        // but a line break) are the text's characters at the same offsets, and the YAML reader
        // scans them as they are, without a copy or a check of its own.
        PlainAscii ascii = PlainAscii.of(bytes);
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = ascii.length(); i < probe; i++) {
            if (bytes[i] == 0) {
                return fail("binary file: it contains a NUL byte at byte " + i + ", so it is not a text page");
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The JDK's lenient decoder is much faster; only text that shows a replacement
        // character needs the strict decoder, to tell a real U+FFFD from a bad byte.
        // A page that is ASCII to its end is its own Latin-1 text: a copy, with no decoding.
        String text = ascii.all() ? new String(bytes, StandardCharsets.ISO_8859_1)
                : new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                GuardedReader.decodeUtf8(bytes);
            } catch (GuardedReader.RefusedException e) {
                return new Result(null, new ReadFailure(e.getMessage(), e.line(), e.column()), null, false);
            }
        }
        // A byte order mark is not ASCII: then the plain part is empty, and offsets never differ.
        return new Result(FrontMatterSplitter.split(file, displayPath, text, ascii.length() > 0 ? ascii : null), null,
                bytes, skip == 3);
    }

    /** The limit on a page's size, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** No page, for the reason given. */
    public static Result fail(String message) {
        return new Result(null, new ReadFailure(message, 0, 0), null, false);
    }
}
