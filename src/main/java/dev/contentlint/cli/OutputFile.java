package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a report, baseline or configuration file without ever replacing what the user named.
 * A regular file, or a new path, is written atomically: into a temporary file beside it, then
 * renamed over it, so that a reader never sees half a file; an existing file keeps its
 * permissions, owner and group, and a new one is readable by all, as an editor would make it.
 * A symbolic link is followed, and its target written that way, so the link stays. Anything
 * else, a device such as {@code /dev/null}, a FIFO or {@code /dev/stdout}, is written into as
 * it is: a rename would put a regular file in the place of a device node.
 */
final class OutputFile {
    /** What goes into the file, streamed. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    private OutputFile() {}

    /** Writes {@code content} to {@code target}, or to {@code out} (then flushed) when no file is named. */
    static void writeOrPrint(Path target, PrintWriter out, Content content) throws IOException {
        if (target != null) {
            write(target, content);
        } else {
            content.write(out);
            out.flush();
        }
    }

    static void write(Path target, Content content) throws IOException {
        Path named = target.toAbsolutePath();
        if (Files.isDirectory(named)) {
            throw new UsageException(target + " is a folder; name a file to write to");
        }
        Path real = resolved(named);
        // null: a link into something that is not a path, such as /proc/self/fd/1 on a pipe.
        if (real == null || Files.exists(real, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            writeInto(named, content);
        } else {
            replaceAtomically(real, content);
        }
    }

    /** Where a path's symbolic links lead, the path itself when it has none, or null when the chain leaves the file system. */
    private static Path resolved(Path named) throws IOException {
        if (!Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
            Path folder = named.getParent();
            Files.createDirectories(folder);
            return folder.toRealPath().resolve(named.getFileName());
        }
        if (!Files.isSymbolicLink(named)) {
            return named;
        }
        try {
            return named.toRealPath();
        } catch (NoSuchFileException e) { // a dangling link: create its target, keep the link
            Path link = Files.readSymbolicLink(named);
            Path target = named.getParent().resolve(link).normalize();
            Files.createDirectories(target.getParent());
            return target;
        } catch (FileSystemException e) {
            return null;
        }
    }

    /** Streams into an existing device or FIFO, as a shell's redirection would; nothing is created or renamed. */
    private static void writeInto(Path named, Content content) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(named, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
            content.write(out);
        }
    }

    private static void replaceAtomically(Path target, Content content) throws IOException {
        Path folder = target.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageException("cannot write " + target + ": its folder " + folder + " is not writable");
        }
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
                content.write(out);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                if (Files.exists(target)) {
                    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
                    if (!old.owner().equals(posix.readAttributes().owner())
                            || !old.group().equals(posix.readAttributes().group())) {
                        posix.setOwner(old.owner()); // needs the right to; else the rename would steal the file
                        posix.setGroup(old.group());
                    }
                    posix.setPermissions(old.permissions());
                } else {
                    posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
