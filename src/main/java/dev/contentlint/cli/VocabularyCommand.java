package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.Progress;
import dev.contentlint.engine.UsageException;
import dev.contentlint.page.PageReader;
import dev.contentlint.parallel.Workers;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import dev.contentlint.prose.SiteWords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = {"Lists the words that the spelling rule reports on at least --min-pages pages, most used first:"
                + " a vocabulary file (prose.vocabulary) to review.",
            "It runs the same check as `check` and shares its prose cache. A slip made on several pages is listed too,"
                + " so read the list before using it."})
final class VocabularyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "PATH", description = "Pages or folders (default: the current folder)")
    List<Path> paths;

    @Option(names = "--min-pages", paramLabel = "N", defaultValue = "3",
            description = "List a word when at least N pages use it (default: ${DEFAULT-VALUE})")
    int minPages;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output")
    Path output;

    @Option(names = "--no-cache", description = "Neither read nor write the prose cache")
    boolean noCache;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException {
        if (minPages < 1) {
            throw new UsageException("--min-pages must be at least 1");
        }
        int workers = jobs.workers();
        Path cwd = Path.of("").toAbsolutePath();
        Config loaded = config.load(cwd);
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(cwd) : paths.stream().map(Path::toAbsolutePath).toList();
        List<Path> files = PageFiles.collect(targets, loaded.root(), loaded.pathFilter());
        PrintWriter err = spec.commandLine().getErr();
        List<SiteWords.Word> listed = siteWords(loaded, files, workers, minPages, cwd, err, !noCache);
        OutputFile.writeOrPrint(output, spec.commandLine().getOut(),
                writer -> writer.write(listing(listed, minPages, files.size(), "contentlint vocabulary")));
        err.printf("%d words on at least %d of %d pages%n", listed.size(), minPages, files.size());
        return Main.OK;
    }

    /** A vocabulary file's text: a header that says what it lists and which command wrote it, then a word a line. */
    static String listing(List<SiteWords.Word> words, int minPages, int pages, String writtenBy) {
        StringBuilder text = new StringBuilder("# Words the spelling rule reports, each on at least " + minPages + " of "
                + pages + " pages, most used first.\n"
                + "# Written by `" + writtenBy + "`. Review it: a slip made on several pages is listed too.\n");
        for (SiteWords.Word word : words) {
            text.append(word.form()).append('\n');
        }
        return text.toString();
    }

    /**
     * The words the spelling rule reports on at least {@code minPages} of the files, most used
     * first; with {@code useCache}, from and into the prose cache that check uses.
     */
    static List<SiteWords.Word> siteWords(Config loaded, List<Path> files, int workers, int minPages, Path cwd,
            PrintWriter err, boolean useCache) throws IOException {
        String fingerprint = loaded.prose().fingerprint();
        ProseService prose = new ProseService(loaded.prose(), useCache
                ? ProseCache.open(ProseCache.defaultDirectory(), fingerprint, Main.version())
                : ProseCache.inMemory(fingerprint, Main.version()));
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        Progress progress = Progress.onTerminal(System.err);
        progress.start(files.size());
        List<Set<String>> perPage;
        try {
            perPage = Workers.map(files, workers, file -> {
                PageReader.Result read = reader.read(file, file.toString());
                Set<String> unknown = read.page() == null ? Set.of() : prose.misspelledWords(read.page());
                if (read.page() == null) {
                    synchronized (err) {
                        err.printf("%s:%d: skipped: %s%n", Engine.displayPath(cwd, file), read.failure().line(),
                                read.failure().message());
                    }
                }
                progress.pageDone();
                return unknown;
            });
        } finally {
            progress.finish();
        }
        prose.finish();
        SiteWords words = new SiteWords();
        perPage.forEach(words::add);
        return words.usedOnAtLeast(minPages);
    }
}
