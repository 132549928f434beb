package dev.contentlint.index;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.parallel.Workers;
import dev.contentlint.site.SiteFacts;
import dev.contentlint.text.Slashes;
import dev.contentlint.text.Slugs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the rules that span pages know of the whole repository: every page's id, url, title
 * and subject, read from the front matter of every page under the repository root, even when
 * only a few pages are being checked. It keeps these few values per page, not the pages.
 */
public final class PageIndex {
    /**
     * One page as the index knows it: its file, as an absolute normalized path, and its
     * values, any of which may be null when the page lacks it.
     */
    public record Entry(String file, String id, String url, String title, String subject, SiteFacts site) {
        public Entry(String file, String id, String url, String title, String subject) {
            this(file, id, url, title, subject, null);
        }
    }

    private final List<Entry> entries;
    private final Function<String, String> displayPath;
    private final Map<String, List<Entry>> byUrl = new HashMap<>();
    private final Map<String, List<Entry>> byId = new HashMap<>();
    private final Map<String, Map<String, Integer>> subjectSpellings = new HashMap<>();
    /** What rules compute from the whole index once a run (the site rules' lookups), by who asked. */
    private final Map<Object, FutureTask<Object>> derived = new ConcurrentHashMap<>();
    /** Where the pages are read again from, when a rule needs more of a page than the index keeps. */
    private PageSource source = PageSource.WORKING_TREE;

    /** @param displayPath how findings name a page, from its absolute path */
    public PageIndex(List<Entry> entries, Function<String, String> displayPath) {
        this.entries = List.copyOf(entries);
        this.displayPath = displayPath;
        // A site has few subjects and many pages: each spelling is slugged once, not once a page.
        Map<String, Integer> counts = new HashMap<>();
        for (Entry entry : this.entries) {
            if (entry.url() != null) {
                byUrl.computeIfAbsent(entry.url(), k -> new ArrayList<>()).add(entry);
            }
            if (entry.id() != null) {
                byId.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(entry);
            }
            if (entry.subject() != null) {
                counts.merge(entry.subject(), 1, Integer::sum);
            }
        }
        counts.forEach((spelling, pages) -> {
            String key = subjectKey(spelling);
            if (!key.isEmpty()) {
                subjectSpellings.computeIfAbsent(key, k -> new TreeMap<>()).put(spelling, pages);
            }
        });
    }

    private PageIndex(List<Entry> entries, Function<String, String> displayPath, Map<String, List<Entry>> byUrl,
            Map<String, List<Entry>> byId, Map<String, Map<String, Integer>> subjectSpellings) {
        this.entries = entries;
        this.displayPath = displayPath;
        this.byUrl.putAll(byUrl);
        this.byId.putAll(byId);
        this.subjectSpellings.putAll(subjectSpellings);
    }

    /**
     * The same index with one page's entry replaced: {@code before} (null for a new page) by
     * {@code after} (null for a page that has none now). It shares what the change leaves as it
     * was, so an editor that changes one page's url or title does not rebuild the index of a
     * whole site: a few milliseconds for 36,000 pages instead of a hundred.
     */
    public PageIndex replaced(Entry before, Entry after) {
        List<Entry> newEntries = new ArrayList<>(entries);
        int at = before == null ? -1 : newEntries.indexOf(before);
        if (at >= 0 && after != null) {
            newEntries.set(at, after);
        } else if (at >= 0) {
            newEntries.remove(at);
        } else if (after != null) {
            newEntries.add(after);
        }
        PageIndex index = new PageIndex(Collections.unmodifiableList(newEntries), displayPath, byUrl, byId,
                subjectSpellings);
        if (at >= 0) {
            index.unlist(before);
        }
        if (after != null) {
            index.list(after);
        }
        return index;
    }

    private void list(Entry entry) {
        if (entry.url() != null) {
            byUrl.compute(entry.url(), (url, pages) -> with(pages, entry));
        }
        if (entry.id() != null) {
            byId.compute(entry.id(), (id, pages) -> with(pages, entry));
        }
        countSpelling(entry.subject(), 1);
    }

    private void unlist(Entry entry) {
        if (entry.url() != null) {
            byUrl.computeIfPresent(entry.url(), (url, pages) -> without(pages, entry));
        }
        if (entry.id() != null) {
            byId.computeIfPresent(entry.id(), (id, pages) -> without(pages, entry));
        }
        countSpelling(entry.subject(), -1);
    }

    /** The pages with {@code entry} added, in the order of the entries, as a build lists them (a few pages at most). */
    private List<Entry> with(List<Entry> pages, Entry entry) {
        List<Entry> copy = pages == null ? new ArrayList<>() : new ArrayList<>(pages);
        copy.add(entry);
        if (copy.size() > 1) {
            copy.sort(java.util.Comparator.comparingInt(entries::indexOf));
        }
        return copy;
    }

    private static List<Entry> without(List<Entry> pages, Entry entry) {
        List<Entry> copy = new ArrayList<>(pages);
        copy.remove(entry);
        return copy.isEmpty() ? null : copy;
    }

    private void countSpelling(String subject, int change) {
        String key = subject == null ? "" : subjectKey(subject);
        if (key.isEmpty()) {
            return;
        }
        Map<String, Integer> spellings = new TreeMap<>(subjectSpellings.getOrDefault(key, Map.of()));
        spellings.merge(subject, change, Integer::sum);
        spellings.values().removeIf(pages -> pages <= 0);
        if (spellings.isEmpty()) {
            subjectSpellings.remove(key);
        } else {
            subjectSpellings.put(key, spellings);
        }
    }

    /** Where the index of the pages under {@code root} is cached, and for which version of the tool. */
    public record CacheLocation(Path directory, Path root, String toolVersion) {}

    /**
     * Reads the front matter of the listed files from {@code source} on {@code jobs} threads.
     * {@code displayPath} names a file as findings show it; it is asked only for the pages a
     * finding names. A page that cannot be read or parsed is left out: its own check reports
     * why. With a {@code cache}, only the files whose version changed since the last run are
     * read, none when the listing's fingerprint is the cached one, and the cache is loaded while
     * the repository is listed.
     */
    public static PageIndex build(Supplier<RepositoryListing> listing, PageSource source, FieldRoles fields,
            boolean siteFacts, int jobs, Function<Path, String> displayPath, CacheLocation cache) {
        return build(listing, source, fields, siteFacts, jobs, displayPath,
                cache == null ? null : loadCache(cache, fields, siteFacts, displayPath));
    }

    /** The cached index, loading on a thread of its own from the time it is asked for. */
    public static final class CacheLoad {
        private final CompletableFuture<Loaded> loading;

        private CacheLoad(CompletableFuture<Loaded> loading) {
            this.loading = loading;
        }
    }

    /**
     * Starts loading the cached index that a {@link #build} with the same {@code fields} and
     * {@code siteFacts} reads, so that it loads while the pages are found: most listings turn out unchanged.
     */
    public static CacheLoad loadCache(CacheLocation cache, FieldRoles fields, boolean siteFacts,
            Function<Path, String> displayPath) {
        Function<String, String> names = file -> displayPath.apply(Path.of(file));
        return new CacheLoad(CompletableFuture.supplyAsync(() -> {
            IndexCache opened = IndexCache.open(cache.directory(), cache.root(),
                    rolesFingerprint(fields) + (siteFacts ? " with site facts" : ""), cache.toolVersion());
            return new Loaded(opened, opened.savedFromAListing() ? new PageIndex(opened.entries(), names) : null);
        }, task -> new Thread(task, "index-cache").start()));
    }

    /** As {@link #build(Supplier, PageSource, FieldRoles, boolean, int, Function, CacheLocation)}, from a cache already loading (or null). */
    public static PageIndex build(Supplier<RepositoryListing> listing, PageSource source, FieldRoles fields,
            boolean siteFacts, int jobs, Function<Path, String> displayPath, CacheLoad cache) {
        Function<String, String> names = file -> displayPath.apply(Path.of(file));
        CompletableFuture<Loaded> loading = cache == null ? CompletableFuture.completedFuture(new Loaded(null, null))
                : cache.loading;
        RepositoryListing listed = listing.get();
        Loaded loaded = loading.join();
        IndexCache stored = loaded.cache();
        if (stored != null && stored.savedFrom(listed.fingerprint())) {
            return loaded.index().readingFrom(source);
        }
        List<RepositoryFile> files = listed.files().get();
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        List<Indexed> indexed;
        try {
            indexed = Workers.map(files, jobs, file -> entry(reader, source, file, fields, siteFacts, stored));
        } catch (RuntimeException e) {
            throw new IllegalStateException("indexing failed: " + e, e);
        }
        List<Entry> entries = new ArrayList<>(indexed.size());
        Map<String, IndexCache.Stored> current = new LinkedHashMap<>();
        for (Indexed each : indexed) {
            if (each.entry() != null) {
                entries.add(each.entry());
            }
            if (each.stored() != null) {
                current.put(each.key(), each.stored());
            }
        }
        if (stored != null) {
            try {
                stored.save(current, listed.fingerprint());
            } catch (IOException e) {
                // The next run reads every page again; this one is complete.
            }
        }
        return new PageIndex(entries, names).readingFrom(source);
    }

    /** The cache as read, and the index it holds when it was saved from a listing with a fingerprint. */
    private record Loaded(IndexCache cache, PageIndex index) {}

    private PageIndex readingFrom(PageSource pages) {
        this.source = pages;
        return this;
    }

    /** One file's entry (null when it has none) and what the cache keeps of it (null without a cache). */
    private record Indexed(String key, Entry entry, IndexCache.Stored stored) {}

    /** The roles in a stable order (an enum's hash differs from run to run). */
    private static String rolesFingerprint(FieldRoles fields) {
        Map<String, String> sorted = new TreeMap<>();
        fields.asMap().forEach((role, path) -> sorted.put(role.name(), path));
        return sorted.toString();
    }

    private static Indexed entry(PageReader reader, PageSource source, RepositoryFile file, FieldRoles fields,
            boolean siteFacts, IndexCache cache) {
        String key = key(file.file());
        if (cache == null) {
            return new Indexed(key, read(reader, source, file.file(), key, fields, siteFacts), null);
        }
        String version;
        try {
            version = IndexCache.version(file);
        } catch (IOException e) {
            return new Indexed(key, null, null); // gone since it was listed
        }
        IndexCache.Stored stored = cache.get(key);
        if (stored != null && stored.version().equals(version)) {
            return new Indexed(key, stored.entry(key), stored);
        }
        Entry entry = read(reader, source, file.file(), key, fields, siteFacts);
        return new Indexed(key, entry, IndexCache.Stored.of(version, entry));
    }

    private static Entry read(PageReader reader, PageSource source, Path file, String key, FieldRoles fields,
            boolean siteFacts) {
        Page page;
        try {
            page = source.read(reader, file, key).page();
        } catch (RuntimeException e) {
            return null;
        }
        return page == null ? null : entryOf(page, key, fields, siteFacts);
    }

    /** The entry of a parsed page under the index's name {@code key} (see {@link #key}); null without front matter. */
    public static Entry entryOf(Page page, String key, FieldRoles fields, boolean siteFacts) {
        if (page.frontMatter() == null) {
            return null;
        }
        FrontMatter front = page.frontMatter();
        return new Entry(key, value(front, fields, FieldRole.ID), value(front, fields, FieldRole.URL),
                value(front, fields, FieldRole.TITLE), value(front, fields, FieldRole.SUBJECT), siteFacts ? siteFacts(page, fields) : null);
    }

    /** The page's facts for the site rules; null when its text defeats the Markdown parser (its own check says why). */
    private static SiteFacts siteFacts(Page page, FieldRoles fields) {
        try {
            return SiteFacts.of(page, fields);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The page of an entry, read again from where the index read it; null when it cannot be read now. */
    public Page read(Entry entry) {
        try {
            return source.read(new PageReader(PageReader.DEFAULT_MAX_BYTES), Path.of(entry.file()), displayPath(entry))
                    .page();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Every page of the index, in the order of the listing. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * What {@code make} computes from this index, made once per index however many pages and
     * threads ask: lookups over every page that one rule needs, such as pages by SEO title.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<PageIndex, T> make) {
        // One lock per value, not one for all: the engine makes different values side by side
        // (Rule.prepare), and a value may be made from another. Once made, it is read without a lock.
        FutureTask<Object> task = derived.get(key);
        if (task == null) {
            FutureTask<Object> mine = new FutureTask<>(() -> make.apply(this));
            task = derived.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            derived.remove(key, task); // not kept: the next page asks again, as if it were the first
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + key + " was made", e);
        }
    }

    /** How the index names a file: its absolute, normalized path. */
    public static String key(Path file) {
        // Several site rules ask for the key of the page being checked, one after another on its thread.
        Key last = LAST_KEY.get();
        if (last != null && last.file() == file) {
            return last.key();
        }
        String text = file.toString();
        // The paths of a walk or of git are absolute and normalized already: no copies.
        String key = file.isAbsolute() && Slashes.noDotSegment(text) ? text : file.toAbsolutePath().normalize().toString();
        LAST_KEY.set(new Key(file, key));
        return key;
    }

    private record Key(Path file, String key) {}

    private static final ThreadLocal<Key> LAST_KEY = new ThreadLocal<>();

    /** The page as findings name it. */
    public String displayPath(Entry entry) {
        return displayPath.apply(entry.file());
    }

    /** A field's scalar value as written, trimmed; null when absent, empty or not a scalar. */
    public static String value(FrontMatter front, FieldRoles fields, FieldRole role) {
        return fields.path(role).flatMap(front::scalar).filter(s -> s.type() != YamlScalar.Type.NULL)
                .map(s -> s.value().strip()).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** What tells spellings of one subject apart from other subjects: its slug ("Computer science" → computer-science). */
    public static String subjectKey(String subject) {
        return Slugs.slugify(subject);
    }

    public int size() {
        return entries.size();
    }

    /** The pages whose url is {@code url}; empty when none. */
    public List<Entry> pagesWithUrl(String url) {
        return byUrl.getOrDefault(url, List.of());
    }

    public List<Entry> pagesWithId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** Each spelling of the subject's key with the number of pages that use it, in spelling order. */
    public Map<String, Integer> spellingsOf(String subject) {
        return Collections.unmodifiableMap(subjectSpellings.getOrDefault(subjectKey(subject), Map.of()));
    }

    /** The spelling more pages use for the subject's key than any other; null on a tie. */
    public String majoritySpelling(String subject) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> spelling : spellingsOf(subject).entrySet()) {
            if (spelling.getValue() > most) {
                best = spelling.getKey();
                most = spelling.getValue();
                tie = false;
            } else if (spelling.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
