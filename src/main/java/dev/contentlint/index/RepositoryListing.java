package dev.contentlint.index;

import java.util.List;
import java.util.function.Supplier;

/**
 * The page files of a repository, for the index, listed only when asked for, and a
 * fingerprint of them: a value that changes whenever a page is added, removed or changed. When
 * the fingerprint is the one the index cache was saved with, the cached index is the index,
 * and no file is listed or looked at. Outside git it covers what a walk saw of each file; it
 * is null when it cannot be had without looking at every file.
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

    /**
     * The files of a walk, with a fingerprint of their paths, sizes and times when the walk
     * saw them all: then an unchanged folder's index comes from the cache at once, as in git.
     * Two 64-bit hashes, not SHA-256, which costs a tenth of a second for a site's paths in
     * the C1-compiled code of a short run; a change that two independent 64-bit hashes both
     * miss is not a risk worth that time.
     */
    public static RepositoryListing walked(List<RepositoryFile> files) {
        long first = 0xcbf29ce484222325L;
        long second = 0x84222325cbf29ce4L;
        for (RepositoryFile file : files) {
            if (!file.stamped()) {
                return of(files);
            }
            String path = file.file().toString();
            for (int i = 0; i < path.length(); i++) {
                first = (first ^ path.charAt(i)) * 0x100000001b3L;
                second = (second ^ path.charAt(i)) * 0x9E3779B97F4A7C15L + i;
            }
            for (long value : new long[] {path.length(), file.size(), file.modifiedNanos()}) {
                first = (first ^ value) * 0x100000001b3L;
                second = Long.rotateLeft((second ^ value) * 0x9E3779B97F4A7C15L, 29);
            }
        }
        return new RepositoryListing("walked " + files.size() + " " + Long.toHexString(first) + Long.toHexString(second),
                () -> files);
    }
}
