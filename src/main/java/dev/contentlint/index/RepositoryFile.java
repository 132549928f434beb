package dev.contentlint.index;

import java.nio.file.Path;

/**
 * A page file of the repository, for the index. {@code blob} is git's id of its content when
 * git already knows it (a clean or a staged file), so that the index cache can tell the file
 * unchanged without looking at it; null when only the file's size and time can tell.
 */
public record RepositoryFile(Path file, String blob) {
    public static RepositoryFile onDisk(Path file) {
        return new RepositoryFile(file, null);
    }
}
