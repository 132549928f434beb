package dev.contentlint.lsp;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigException;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.index.PageIndex;
import dev.contentlint.index.RepositoryListing;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The repository an editor works in, as the command line sees it: its configuration, the
 * index of every page for the rules that span pages, and prose checking with the on-disk
 * cache. Buffers are checked by the same engine as {@code check}; the index follows the
 * buffers and the files, and the whole state is reloaded when the configuration changes.
 */
public final class Workspace {
    /** How the command line finds a repository and lists its pages. */
    public interface Repositories {
        /** The folder whose pages the rules that span pages know, for a configuration found from {@code folder}. */
        Path root(Config config, Path folder);

        /** Every page of the repository, listed as {@code check} lists them. */
        RepositoryListing pages(Config config, Path repository);
    }

    /**
     * @param prose          whether the grammar and spelling rules may run
     * @param cacheDirectory where the prose results and the index are cached, or null for none
     */
    public record Options(boolean prose, Path cacheDirectory, String toolVersion, Repositories repositories) {}

    /** One loaded configuration and what it implies. {@code prose} is null when prose is off. */
    record State(Config config, Path repository, LiveIndex index, ProseService prose, Set<Path> inputs) {}

    private static final int INDEX_JOBS = 2;

    private final Path folder;
    private final Options options;

    Workspace(Path folder, Options options) {
        this.folder = folder.toAbsolutePath().normalize();
        this.options = options;
    }

    /** Loads the configuration found from the workspace folder and indexes the repository (from its cache when it has one). */
    State load() throws ConfigException {
        Config config = ConfigLoader.load(null, folder);
        Path repository = options.repositories().root(config, folder);
        Engine engine = new Engine(config, INDEX_JOBS, repository);
        LiveIndex index = null;
        if (config.rules().stream().anyMatch(r -> r.rule().meta().tags().contains("pages"))) {
            PageIndex built = engine.index(() -> options.repositories().pages(config, repository),
                    options.cacheDirectory() == null ? null
                            : new PageIndex.CacheLocation(options.cacheDirectory(), repository, options.toolVersion()));
            index = new LiveIndex(built);
        }
        ProseService prose = null;
        if (options.prose() && config.rules().stream().anyMatch(r -> r.rule().meta().usesLanguageTool())) {
            String fingerprint = config.prose().fingerprint();
            ProseCache cache = options.cacheDirectory() == null ? ProseCache.inMemory(fingerprint, options.toolVersion())
                    : ProseCache.open(options.cacheDirectory(), fingerprint, options.toolVersion());
            prose = new ProseService(config.prose(), cache);
        }
        return new State(config, repository, index, prose, ConfigInputs.of(config));
    }

    /** The folder the editor opened. */
    Path folder() {
        return folder;
    }

    /**
     * The file as the repository names it: an editor may name it through a link the repository's
     * path does not take (or the other way round), and the index and the globs need the
     * repository's own name for it. Unchanged when it is outside the repository.
     */
    static Path named(State state, Path file) {
        return PageFiles.namedIn(state.repository(), file);
    }

    /** Whether {@code file} is a page of this configuration: a Markdown file its globs accept. */
    static boolean isPage(State state, Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".md")
                && file.startsWith(state.repository())
                && PageFiles.accepts(file, state.repository(), state.config().root(), state.config().pathFilter());
    }

    /** The page as the engine reads it, from an editor's text. */
    static Page parse(State state, Path file, String text) {
        return Page.parse(file, Engine.displayPath(state.repository(), file), text);
    }

    /**
     * Checks a buffer. {@code withProse}: LanguageTool checks what the prose cache lacks;
     * without it, the prose findings are those the cache holds (none of an edited paragraph).
     * The prose check stops ({@link dev.contentlint.prose.ProseCancelledException}) once {@code stale} holds.
     */
    static List<Finding> check(State state, Page page, boolean withProse, java.util.function.BooleanSupplier stale,
            List<String> errors) {
        ProseService prose = state.prose() == null ? null
                : withProse ? state.prose().cancelledWhen(stale) : state.prose().cachedOnly();
        Engine engine = new Engine(state.config(), 1, state.repository(), FixMode.NONE, true).withProse(prose)
                .withIndex(state.index() == null ? null : state.index().current());
        return engine.check(page, errors);
    }

    /** Brings the index up to date with a page's text (null: the page is gone); whether anything the index holds changed. */
    static boolean index(State state, Path file, Page page) {
        if (state.index() == null) {
            return false;
        }
        String key = PageIndex.key(file);
        return state.index().update(key, page == null ? null : PageIndex.entryOf(page, key, state.config().fields(),
                state.config().runsSiteRules()));
    }

    /**
     * Structural checks of up to {@code count} of the repository's pages, spread over the
     * site, whose results are dropped: they warm the JIT up (see {@link Linter#whenIdle}).
     */
    static Iterator<Runnable> warmUpChecks(State state, int count) {
        if (state.index() == null) {
            return java.util.Collections.emptyIterator();
        }
        List<PageIndex.Entry> entries = state.index().current().entries();
        int step = Math.max(1, entries.size() / Math.max(1, count));
        List<Runnable> checks = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size() && checks.size() < count; i += step) {
            Path file = Path.of(entries.get(i).file());
            checks.add(() -> {
                Page page = readFromDisk(state, file);
                if (page != null) {
                    check(state, page, false, () -> false, new java.util.ArrayList<>());
                }
            });
        }
        return checks.iterator();
    }

    /** The page as saved on disk, or null when it cannot be read. */
    static Page readFromDisk(State state, Path file) {
        PageReader.Result read = new PageReader(PageReader.DEFAULT_MAX_BYTES).read(file,
                Engine.displayPath(state.repository(), file));
        return read.page();
    }
}
