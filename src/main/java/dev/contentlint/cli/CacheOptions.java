package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;
import dev.contentlint.prose.ProseCache;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the caches of prose results and of the page index are, or that there are none: for check, audit and lsp. */
final class CacheOptions {
    @Option(names = "--no-cache", description = "Neither read nor write the caches of prose results and of the page index")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where prose results and the page index are cached (default: $CONTENTLINT_CACHE_DIR, else $XDG_CACHE_HOME/contentlint, else ~/.cache/contentlint)")
    Path cacheDir;

    /** The cache folder, or null with --no-cache; one named with --cache-dir that exists must be a folder (a file or /dev/null is not). */
    Path directory() {
        if (noCache) {
            return null;
        }
        if (cacheDir != null && Files.exists(cacheDir) && !Files.isDirectory(cacheDir)) {
            throw new UsageException("--cache-dir " + cacheDir + " is not a folder;"
                    + " name a folder for the caches, or use --no-cache");
        }
        return cacheDir != null ? cacheDir : ProseCache.defaultDirectory();
    }
}
