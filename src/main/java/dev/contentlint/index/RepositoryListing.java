package dev.contentlint.index;

import java.util.List;
import java.util.function.Supplier;

/**
 * The page files of a repository, for the index, listed only when asked for, and a
 * fingerprint of them: a value that changes whenever a page is added, removed or changed. When
 * the fingerprint is the one the index cache was saved with, the cached index is the index,
 * and no file is listed or looked at. It is null when it cannot be had without looking at
 * every file (outside git).
 */
public record RepositoryListing(String fingerprint, Supplier<List<RepositoryFile>> files) {
    public RepositoryListing {
        files = once(files);
    }

    /** The list is made at most once, however often it is asked for. */
    private static Supplier<List<RepositoryFile>> once(Supplier<List<RepositoryFile>> files) {
        if (files instanceof Once) {
            return files;
        }
        return new Once(files);
    }

    private static final class Once implements Supplier<List<RepositoryFile>> {
        private final Supplier<List<RepositoryFile>> source;
        private List<RepositoryFile> made;

        Once(Supplier<List<RepositoryFile>> source) {
            this.source = source;
        }

        @Override
        public synchronized List<RepositoryFile> get() {
            if (made == null) {
                made = List.copyOf(source.get());
            }
            return made;
        }
    }

    /** Files with no fingerprint: each is checked against the cache on its own. */
    public static RepositoryListing of(List<RepositoryFile> files) {
        return new RepositoryListing(null, () -> files);
    }
}
