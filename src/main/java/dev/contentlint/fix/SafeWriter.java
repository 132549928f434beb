package dev.contentlint.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes a fixed page atomically: to a temporary file in the same folder, with the original's
 * owner, group and mode (setuid and setgid included), then renamed over it. It refuses what it
 * cannot write faithfully: a page that changed since it was read, a symbolic link that leads
 * out of the checked root, another user's read-only page, a page it could not give back its owner.
 *
 * <p>The original is reached through a hard link, opened and locked (a POSIX record lock, the
 * kind {@code fcntl}/{@code lockf} take) from the last comparison until after the rename, and is
 * checked to be still the file at the path. A writer that takes the same lock, and checks once
 * it has it that the path still names the file it locked, loses nothing. After the rename the
 * old inode is compared once more: a writer that had it open without the lock and wrote in
 * that window wrote to the old file, so the old file is renamed back, with that writer's bytes,
 * and the fix is reported as not written. What such a writer writes after that comparison is
 * still lost: no tool that replaces files by rename can prevent it for a writer that does not lock.
 */
public final class SafeWriter {
    private static final long LOCK_WAIT_NANOS = 10_000_000_000L;

    private SafeWriter() {}

    /** Thrown when the file on disk is no longer the one that was fixed, or cannot be written as it was. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param root     the checked root: a link that leads outside it is not written through
     * @param original the bytes the fix was computed from
     * @param bom      whether to write a UTF-8 byte order mark before the text
     */
    public static void write(Path root, Path file, byte[] original, String text, boolean bom) throws IOException {
        write(root, file, original, text, bom, () -> { });
    }

    /** As above; {@code afterRename} runs between the rename and the last comparison, for tests of that window. */
    static void write(Path root, Path file, byte[] original, String text, boolean bom, Runnable afterRename)
            throws IOException {
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
        Path realRoot = root.toRealPath();
        if (!target.startsWith(realRoot)) {
            throw new Refused(file + " is a link to " + target + ", outside the checked root " + realRoot
                    + "; it was not written");
        }
        Path folder = target.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".contentlint-fix");
        } catch (AccessDeniedException e) {
            throw new Refused(file + " is in a folder that cannot be written (" + folder
                    + "), so the fix cannot be written atomically; it was not written");
        }
        Path keep = folder.resolve(temp.getFileName() + ".orig");
        try {
            int mode = (Integer) Files.getAttribute(target, "unix:mode");
            // Root may replace any file; a read-only page of another user is theirs to change.
            if ((mode & 0200) == 0 && !Files.getAttribute(target, "unix:uid").equals(Files.getAttribute(temp, "unix:uid"))) {
                throw new Refused(file + " is read-only (mode " + String.format("%04o", mode & 07777)
                        + ") and belongs to another user; it was not written");
            }
            Files.write(temp, bytes);
            sameOwnerAndMode(target, temp, file, mode);
            // The link names the inode now at the path; opening the link, not the path, makes the
            // channel, the lock and the comparisons all be about that one file.
            Files.createLink(keep, target);
            try (FileChannel channel = FileChannel.open(keep, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = lock(channel, file)) {
                if (!Arrays.equals(contents(channel), original) || !Files.isSameFile(keep, target)) {
                    throw changed(file);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                afterRename.run();
                if (!Arrays.equals(contents(channel), original)) {
                    // A writer had the old file open and wrote to it: put it back, with what it wrote.
                    Files.move(keep, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    throw changed(file);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(keep);
        }
    }

    /** Waits a while for a writer that holds the lock, rather than forever. */
    private static FileLock lock(FileChannel channel, Path file) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new Refused(file + " is locked by another program; it was not written");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Refused(file + " was not written: interrupted while waiting for its lock");
            }
        }
    }

    private static Refused changed(Path file) {
        return new Refused(file + " changed on disk while it was being fixed; it was not written");
    }

    private static byte[] contents(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("file grew too large while it was being fixed");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
        channel.position(0);
        while (channel.read(buffer) > 0 && buffer.hasRemaining()) {
            // read until end of file, or one byte past the size it had, which shows it grew
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Gives {@code temp} the owner, group and full mode of {@code target}; owner first, since chown clears setuid. */
    private static void sameOwnerAndMode(Path target, Path temp, Path file, int mode) throws IOException {
        int uid = (Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int gid = (Integer) Files.getAttribute(target, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        try {
            if ((Integer) Files.getAttribute(temp, "unix:uid") != uid) {
                Files.setAttribute(temp, "unix:uid", uid);
            }
            if ((Integer) Files.getAttribute(temp, "unix:gid") != gid) {
                Files.setAttribute(temp, "unix:gid", gid);
            }
        } catch (IOException | SecurityException e) {
            throw new Refused(file + " belongs to another owner, whom the fixed file could not be given; it was not written");
        }
        Files.setAttribute(temp, "unix:mode", mode & 07777);
    }
}
