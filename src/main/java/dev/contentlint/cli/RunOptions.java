package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.Progress;
import dev.contentlint.engine.RunResult;
import dev.contentlint.index.PageIndex;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that shape a run, shared by {@code check} and {@code audit}, and the run they
 * shape: the engine with its prose checking, its page index and its progress line.
 */
final class RunOptions {
    @Mixin
    JobsOption jobs;

    @Option(names = "--no-prose", description = "Skip the grammar and spelling rules")
    boolean noProse;

    @Option(names = "--no-cache", description = "Neither read nor write the caches of prose results and of the page index")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where prose results and the page index are cached (default: $CONTENTLINT_CACHE_DIR, else $XDG_CACHE_HOME/contentlint, else ~/.cache/contentlint)")
    Path cacheDir;

    /** Checks the selected pages; the rules that span pages see every page under {@code repository}. */
    RunResult run(Config config, Path cwd, Path repository, PageSelection pages, FixMode fixMode, boolean fixesShown,
            PrintWriter err) {
        ProseService prose = proseService(config);
        Engine engine = new Engine(config, jobs.workers(), cwd, fixMode, fixesShown)
                .withSource(pages.source()).withProse(prose).withProgress(Progress.onTerminal(System.err));
        if (PageSelection.spansPages(config)) {
            engine.withIndex(engine.index(pages::repositoryPages,
                    noCache ? null : new PageIndex.CacheLocation(cacheDirectory(), repository, Main.version())));
        }
        RunResult result = engine.check(pages.files());
        if (prose != null) {
            try {
                prose.finish();
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be written costs the next run time, not this run its results.
                err.println("contentlint: warning: the prose cache was not saved: " + e.getMessage());
            }
        }
        return result;
    }

    /** Prose checking for this run, or null when it is off or no prose rule is enabled. */
    private ProseService proseService(Config config) {
        boolean wanted = config.rules().stream().anyMatch(r -> r.rule().meta().usesLanguageTool());
        if (noProse || !wanted) {
            return null;
        }
        String fingerprint = config.prose().fingerprint();
        ProseCache cache = noCache ? ProseCache.inMemory(fingerprint, Main.version())
                : ProseCache.open(cacheDirectory(), fingerprint, Main.version());
        return new ProseService(config.prose(), cache);
    }

    /** The cache folder; one named with --cache-dir that exists must be a folder (a file or /dev/null is not). */
    private Path cacheDirectory() {
        if (cacheDir != null && java.nio.file.Files.exists(cacheDir) && !java.nio.file.Files.isDirectory(cacheDir)) {
            throw new dev.contentlint.engine.UsageException("--cache-dir " + cacheDir + " is not a folder;"
                    + " name a folder for the caches, or use --no-cache");
        }
        return cacheDir != null ? cacheDir : ProseCache.defaultDirectory();
    }
}
