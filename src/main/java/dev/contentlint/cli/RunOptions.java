package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.Progress;
import dev.contentlint.engine.RuleTimes;
import dev.contentlint.engine.RunResult;
import dev.contentlint.engine.UsageException;
import dev.contentlint.index.PageIndex;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that shape a run, shared by {@code check} and {@code audit}, and the run they
 * shape: the rules that run, the engine with its prose checking, its page index and its progress line.
 */
final class RunOptions {
    @Mixin
    JobsOption jobs;

    @Option(names = "--no-prose", description = "Skip the grammar and spelling rules")
    boolean noProse;

    @Mixin
    CacheOptions cache;

    @Option(names = "--select", paramLabel = "RULE", split = ",",
            description = "Run only these rules, of those the configuration enables (ids as 'contentlint rules' lists them)")
    List<String> select = List.of();

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Do not run these rules")
    List<String> ignore = List.of();

    @Option(names = {"-q", "--quiet"}, description = "Report errors only: rules at warning or info severity do not run")
    boolean quiet;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "When stderr is not a terminal (a CI log), a progress line every SECONDS; 0 for none, as with --quiet (default: ${DEFAULT-VALUE})")
    int progressEvery;

    /** The index of the last run, for the audit's site view; null when no rule that spans pages ran. */
    private PageIndex index;

    PageIndex index() {
        return index;
    }

    /** The cached index, begun by {@link #loadIndexCache} before the pages were found; null when not begun or taken. */
    private PageIndex.CacheLoad indexCache;

    /**
     * Starts loading the cached index of the repository's pages, so that it loads while the caller
     * finds them (walking 36,000 pages takes as long as loading their index).
     */
    void loadIndexCache(Config loaded, Path cwd, Path repository) {
        indexCache = indexCache(selectRules(loaded, new PrintWriter(Writer.nullWriter())), cwd, repository);
    }

    /** The cached index for the rules of {@code config}, loading; null when none spans pages or the cache is off. */
    private PageIndex.CacheLoad indexCache(Config config, Path cwd, Path repository) {
        if (cache.noCache || !PageSelection.spansPages(config)) {
            return null;
        }
        return PageIndex.loadCache(new PageIndex.CacheLocation(cache.directory(), repository, Main.version()),
                config.fields(), config.runsSiteRules(), file -> Engine.displayPath(cwd, file));
    }

    /** Checks the selected pages; the rules that span pages see every page under {@code repository}. */
    RunResult run(Config loaded, Path cwd, Path repository, PageSelection pages, FixMode fixMode, boolean fixesShown,
            PrintWriter err) {
        Config config = selectRules(loaded, err);
        ProseService prose = proseService(config);
        Engine engine = new Engine(config, jobs.workers(), cwd, fixMode, fixesShown)
                .withSource(pages.source()).withProse(prose).withProgress(Progress.onStderr(System.err,
                        quiet ? 0 : progressEvery)).withTimes(System.getenv(RuleTimes.VARIABLE), err);
        index = null;
        if (PageSelection.spansPages(config)) {
            PageIndex.CacheLoad cached = indexCache != null ? indexCache : indexCache(config, cwd, repository);
            indexCache = null;
            index = engine.index(pages::repositoryPages, cached);
            engine.withIndex(index);
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
        if (quiet) {
            // Errors only, even where a rule reports below its configured severity.
            result = result.withFindings(result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        }
        return result;
    }

    /** The configuration with only the rules that --select, --ignore and --quiet leave; an unknown id is a usage error. */
    Config selectRules(Config config, PrintWriter err) {
        Set<String> known = config.known().stream().map(RuleMeta::id).collect(Collectors.toSet());
        Set<String> enabled = config.rules().stream().map(ConfiguredRule::id).collect(Collectors.toSet());
        for (String option : List.of("--select", "--ignore")) {
            for (String id : option.equals("--select") ? select : ignore) {
                if (!known.contains(id)) {
                    throw new UsageException(option + ": unknown rule '" + id + "' (run 'contentlint rules' for the list)");
                }
                if (option.equals("--select") && !enabled.contains(id)) {
                    err.println("contentlint: warning: --select names '" + id + "', which the configuration turns off");
                }
            }
        }
        if (select.isEmpty() && ignore.isEmpty() && !quiet) {
            return config;
        }
        return config.withRules(config.rules().stream()
                .filter(r -> select.isEmpty() || select.contains(r.id()))
                .filter(r -> !ignore.contains(r.id()))
                .filter(r -> !quiet || r.severity() == Severity.ERROR)
                .toList());
    }

    /** Prose checking for this run, or null when it is off or no prose rule is enabled. */
    private ProseService proseService(Config config) {
        boolean wanted = config.rules().stream().anyMatch(r -> r.rule().meta().usesLanguageTool());
        if (noProse || !wanted) {
            return null;
        }
        String fingerprint = config.prose().fingerprint();
        ProseCache results = cache.noCache ? ProseCache.inMemory(fingerprint, Main.version())
                : ProseCache.open(cache.directory(), fingerprint, Main.version());
        return new ProseService(config.prose(), results);
    }
}
