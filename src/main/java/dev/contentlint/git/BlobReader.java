package dev.contentlint.git;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads blobs from git's object store through one {@code git cat-file --batch} process, so
 * that reading many staged pages does not start a process per page. Safe to share between
 * threads: one request is answered at a time.
 */
final class BlobReader implements AutoCloseable {
    private final Git git;
    private Process process;
    private OutputStream requests;
    private InputStream answers;

    BlobReader(Git git) {
        this.git = git;
    }

    /** The blob's bytes; {@code limit} refuses larger blobs unread, by throwing {@link TooLarge}. */
    synchronized byte[] read(String blob, long limit) throws IOException {
        if (process == null) {
            process = git.start("cat-file", "--batch");
            requests = process.getOutputStream();
            answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
        }
        requests.write((blob + "\n").getBytes(StandardCharsets.US_ASCII));
        requests.flush();
        String header = line();
        // "<id> blob <size>", or "<id> missing" for an object git does not have.
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[1].equals("blob")) {
            throw new IOException("git has no blob " + blob + " (" + header + ")");
        }
        long size = Long.parseLong(parts[2]);
        if (size > limit) {
            answers.skipNBytes(size + 1);
            throw new TooLarge(size);
        }
        byte[] bytes = answers.readNBytes((int) size);
        if (bytes.length != size || answers.read() != '\n') {
            throw new IOException("git cat-file ended in the middle of blob " + blob);
        }
        return bytes;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = answers.read(); b != '\n'; b = answers.read()) {
            if (b < 0) {
                throw new IOException("git cat-file stopped answering");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** A blob over the size limit for a page. */
    static final class TooLarge extends IOException {
        final long size;

        TooLarge(long size) {
            super("blob of " + size + " bytes");
            this.size = size;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                requests.close();
            } catch (IOException e) {
                // the process is gone already
            }
            process.destroy();
        }
    }
}
