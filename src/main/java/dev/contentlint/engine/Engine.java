package dev.contentlint.engine;

import dev.contentlint.text.Slashes;
import dev.contentlint.config.Config;
import dev.contentlint.index.PageIndex;
import dev.contentlint.index.RepositoryFile;
import dev.contentlint.index.RepositoryListing;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import dev.contentlint.parallel.Workers;
import dev.contentlint.prose.ProseService;
import dev.contentlint.prose.ProseSetupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the configured rules over a list of page files on {@code jobs} worker threads. Each
 * page is read, checked and dropped, so memory holds findings, not pages.
 */
public final class Engine {
    /** Findings within a page; pages keep the order of the file list, which is sorted. */
    static final Comparator<Finding> ORDER = Comparator.<Finding>comparingInt(f -> f.start().line())
            .thenComparingInt(f -> f.start().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final Config config;
    private final int jobs;
    private final Path workingDirectory;
    private final FixMode fixMode;
    private final boolean fixesShown;
    private ProseService prose;
    private PageIndex index;
    private Progress progress = Progress.none();
    private PageSource source = PageSource.WORKING_TREE;
    private String timing;
    private PrintWriter timesTo;

    public Engine(Config config, int jobs, Path workingDirectory) {
        this(config, jobs, workingDirectory, FixMode.NONE, true);
    }

    /**
     * @param fixesShown whether the output shows fixes; when neither it nor {@code fixMode}
     *                   needs them, rules may skip building them
     */
    public Engine(Config config, int jobs, Path workingDirectory, FixMode fixMode, boolean fixesShown) {
        this.config = config;
        this.jobs = Math.max(1, jobs);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.fixMode = fixMode;
        this.fixesShown = fixesShown;
    }

    /** Checks prose for the grammar and spelling rules; without it those rules are left out. */
    public Engine withProse(ProseService prose) {
        this.prose = prose;
        return this;
    }

    /** The index of the whole repository, for the rules that span pages; without it they report nothing. */
    public Engine withIndex(PageIndex index) {
        this.index = index;
        return this;
    }

    /** Reports progress while checking; by default there is none. */
    public Engine withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Reads pages from {@code source}; by default from the working tree. */
    public Engine withSource(PageSource source) {
        this.source = source;
        return this;
    }

    /**
     * Writes each rule's time in a check to {@code to} when {@code setting} (the value of
     * {@value RuleTimes#VARIABLE}) is set: {@code all}, a number of rows, or anything else for 10.
     * The prose rules' share includes LanguageTool's check, made by the first of them that asks.
     */
    public Engine withTimes(String setting, PrintWriter to) {
        this.timing = setting;
        this.timesTo = to;
        return this;
    }

    /** Indexes the front matter of every page file of {@code files} on disk, as this engine names them. */
    public PageIndex index(List<Path> files) {
        return index(() -> RepositoryListing.of(files.stream().map(RepositoryFile::onDisk).toList()), (PageIndex.CacheLoad) null);
    }

    /**
     * Indexes the files that {@code files} lists, read from this engine's source; with a
     * {@code cache}, only the pages that changed since the cached index are read.
     */
    public PageIndex index(Supplier<RepositoryListing> files, PageIndex.CacheLocation cache) {
        return PageIndex.build(files, source, config.fields(), config.runsSiteRules(), jobs, this::displayPath, cache);
    }

    /** As {@link #index(Supplier, PageIndex.CacheLocation)}, from a cache that {@link PageIndex#loadCache} began loading (or null). */
    public PageIndex index(Supplier<RepositoryListing> files, PageIndex.CacheLoad cache) {
        return PageIndex.build(files, source, config.fields(), config.runsSiteRules(), jobs, this::displayPath, cache);
    }

    public RunResult check(List<Path> files) {
        PageChecker checker = new PageChecker(config, new PageReader(PageReader.DEFAULT_MAX_BYTES), source, fixMode,
                fixesShown, prose, index).timed(timing);
        long started = System.nanoTime();
        checker.prepare(jobs);
        progress.start(files.size());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<PageChecker.Outcome> perFile;
        try {
            perFile = Workers.map(files, jobs, file -> {
                PageChecker.Outcome outcome = checker.check(file, displayPath(file), errors);
                progress.pageDone();
                return outcome;
            });
        } catch (ProseSetupException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("check failed: " + e, e);
        } finally {
            progress.finish();
        }
        checker.timeTable().ifPresent(table -> {
            timesTo.print(table);
            timesTo.flush();
        });
        List<Finding> findings = new ArrayList<>();
        List<FixedPage> fixed = new ArrayList<>();
        long suppressed = 0;
        for (PageChecker.Outcome outcome : perFile) {
            findings.addAll(outcome.findings());
            suppressed += outcome.suppressed();
            if (outcome.fixed() != null) {
                fixed.add(outcome.fixed());
            }
        }
        List<String> sortedErrors = new ArrayList<>(errors);
        Collections.sort(sortedErrors);
        return new RunResult(findings, files.size(), sortedErrors, (System.nanoTime() - started) / 1_000_000, fixed,
                new RunResult.Suppressed(suppressed, 0));
    }

    /**
     * Checks one page held in memory, such as an editor's unsaved buffer, without fixing it;
     * internal errors go to {@code errors}. The findings are in the order of a run.
     */
    public List<Finding> check(Page page, List<String> errors) {
        PageChecker checker = new PageChecker(config, new PageReader(PageReader.DEFAULT_MAX_BYTES), source, FixMode.NONE,
                fixesShown, prose, index);
        return checker.check(page, errors).findings();
    }

    /**
     * The text of a page held in memory with its safe fixes applied, as {@code --fix} would
     * write it (each fix kept only if it adds no finding); null when no fix applies or fixing
     * was refused. Internal errors go to {@code errors}.
     */
    public String safelyFixed(Page page, List<String> errors) {
        FixMode mode = FixMode.of(true, true, false);
        PageChecker checker = new PageChecker(config, new PageReader(PageReader.DEFAULT_MAX_BYTES), source, mode,
                fixesShown, prose, index);
        PageFixer.Repair repair = new PageFixer(checker, mode).repair(page, errors);
        return repair.refusal() == null && repair.applied() > 0 ? repair.page().text() : null;
    }

    /** Relative to the working directory (with ".." when outside it), '/'-separated. */
    public String displayPath(Path file) {
        return displayPath(workingDirectory, file);
    }

    /** How a run in {@code workingDirectory} (absolute and normalized) names {@code file}. */
    public static String displayPath(Path workingDirectory, Path file) {
        // Most files come from a walk or from git, absolute and normalized below the working
        // directory: their name is the rest of the text, with no paths made and dropped.
        String full = file.toString();
        String base = workingDirectory.toString();
        if (file.isAbsolute() && Slashes.noDotSegment(full) && !base.endsWith(file.getFileSystem().getSeparator())
                && full.length() > base.length() + 1 && full.startsWith(base)
                && full.startsWith(file.getFileSystem().getSeparator(), base.length())) {
            return Slashes.of(full.substring(base.length() + 1));
        }
        Path abs = file.toAbsolutePath().normalize();
        Path shown = workingDirectory.getRoot().equals(abs.getRoot()) ? workingDirectory.relativize(abs) : abs;
        return Slashes.of(shown.toString());
    }

    public Config config() {
        return config;
    }
}
