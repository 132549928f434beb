package dev.contentlint.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes a fixed page atomically: to a temporary file in the same folder, with the original's
 * permissions, then renamed over it. A page whose bytes changed since it was read is left alone.
 */
public final class SafeWriter {
    private SafeWriter() {}

    /** Thrown when the file on disk is no longer the one that was fixed. */
    public static final class ChangedOnDisk extends IOException {
        ChangedOnDisk(Path file) {
            super(file + " changed on disk while it was being fixed; it was not written");
        }
    }

    /**
     * @param original the bytes the fix was computed from
     * @param bom      whether to write a UTF-8 byte order mark before the text
     */
    public static void write(Path file, byte[] original, String text, boolean bom) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Path target = file.toRealPath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".contentlint-fix");
        try {
            Files.write(temp, bytes);
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            if (!Arrays.equals(Files.readAllBytes(target), original)) {
                throw new ChangedOnDisk(file);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
