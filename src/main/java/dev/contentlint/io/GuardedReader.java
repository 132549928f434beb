package dev.contentlint.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads the files a run depends on besides its pages (configuration, vocabulary, baseline,
 * caches): regular files only, never more than a size cap, and UTF-8 text strictly decoded. A
 * FIFO would block the run and {@code /dev/zero} would fill the heap, so anything that is not a
 * regular file is refused before it is opened, and a file that grows while it is read is cut off
 * at the cap rather than trusted by its size.
 */
public final class GuardedReader {
    /** Why a file was not read; {@code line} and {@code column} are 1-based, or 0 when the file as a whole is at fault. */
    public static final class RefusedException extends IOException {
        private final int line;
        private final int column;

        RefusedException(String reason, int line, int column) {
            super(reason);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private GuardedReader() {}

    /** The file's bytes, when it is a regular file of at most {@code maxBytes} bytes (symbolic links followed). */
    public static byte[] readBytes(Path file, long maxBytes) throws RefusedException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new RefusedException("is a folder, not a file", 0, 0);
            }
            if (!attributes.isRegularFile()) {
                throw new RefusedException("is not a regular file (a pipe, socket or device), so it is not read", 0, 0);
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(String.format("%,d bytes", attributes.size()), maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read as many bytes as the file has, in one go; a file that grows meanwhile
                // (or reports no size, as /proc does) is read on, but never past the cap.
                byte[] bytes = new byte[(int) attributes.size()];
                int read = in.readNBytes(bytes, 0, bytes.length);
                if (read < bytes.length) {
                    return Arrays.copyOf(bytes, read);
                }
                byte[] more = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - bytes.length + 1));
                if (more.length == 0) {
                    return bytes;
                }
                if (bytes.length + (long) more.length > maxBytes) {
                    throw tooLarge("more than that", maxBytes);
                }
                byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
                System.arraycopy(more, 0, all, bytes.length, more.length);
                return all;
            }
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | SecurityException e) {
            throw new RefusedException("cannot read it: " + describe(e), 0, 0);
        }
    }

    /** The file as strict UTF-8 text (a leading byte order mark dropped); a bad byte is refused at its line and column. */
    public static String readUtf8(Path file, long maxBytes) throws RefusedException {
        return decodeUtf8(readBytes(file, maxBytes));
    }

    /** Bytes as strict UTF-8 text (a leading byte order mark dropped); a bad byte is refused at its line and column. */
    public static String decodeUtf8(byte[] bytes) throws RefusedException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new RefusedException(String.format("invalid UTF-8: byte 0x%02X at byte offset %d cannot be decoded",
                    bytes[in.position()] & 0xFF, in.position()), line, column);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static RefusedException tooLarge(String size, long maxBytes) {
        return new RefusedException(String.format("is over the %,d-byte limit (%s)", maxBytes, size), 0, 0);
    }

    /** Why reading a file failed, in a few words: "permission denied", "no such file", or the system's reason. */
    public static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof CharacterCodingException || e.getMessage() == null) {
            return e.getClass().getSimpleName();
        }
        return e.getMessage();
    }
}
