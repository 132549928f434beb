package dev.contentlint.index;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A page file of the repository, for the index, and what tells the index cache whether it
 * changed, when that is already known: {@code blob}, git's id of its content (a clean or a
 * staged file), or the size and modification time that a walk of the folder saw ({@code size}
 * is -1 when it saw none). When neither is known the cache looks at the file.
 */
public record RepositoryFile(Path file, String blob, long size, long modifiedNanos) {
    public RepositoryFile(Path file, String blob) {
        this(file, blob, -1, 0);
    }

    public static RepositoryFile onDisk(Path file) {
        return new RepositoryFile(file, null);
    }

    /** A file found by a walk, with the attributes the walk read. */
    public static RepositoryFile walked(Path file, BasicFileAttributes attributes) {
        return new RepositoryFile(file, null, attributes.size(), modifiedNanos(attributes));
    }

    /** Whether the walk saw the file's size and time. */
    boolean stamped() {
        return size >= 0;
    }

    /** The size and time as the cache records them, or null when the walk saw none. */
    String stamp() {
        return stamped() ? stamp(size, modifiedNanos) : null;
    }

    /** What says whether a file changed, when git has no blob for it: its size and modification time. */
    static String stamp(BasicFileAttributes attributes) {
        return stamp(attributes.size(), modifiedNanos(attributes));
    }

    private static String stamp(long size, long modifiedNanos) {
        return size + "@" + modifiedNanos;
    }

    private static long modifiedNanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
