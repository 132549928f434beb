package dev.contentlint.report;

import java.util.zip.Deflater;

/**
 * The gzipped size of what is added, as it grows: deflated at gzip's default level and
 * flushed after each addition, so the count never lags behind (which makes it a little
 * larger than a one-shot gzip, never smaller).
 */
final class GzipSize {
    /** gzip's 10-byte header and 8-byte trailer. */
    private static final int FRAMING = 18;

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] buffer = new byte[1 << 16];
    private long size = FRAMING;

    void add(byte[] bytes) {
        deflater.setInput(bytes);
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            size += written;
        } while (written == buffer.length);
    }

    long size() {
        return size;
    }
}
