package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.UsageException;
import dev.contentlint.git.Git;
import dev.contentlint.git.GitPages;
import dev.contentlint.git.StagedPages;
import dev.contentlint.index.RepositoryFile;
import dev.contentlint.page.PageSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run reads: the pages it checks, where their text comes from (the working tree, or
 * git's index for {@code --staged}), and every page of the repository for the rules that span
 * pages. In a git work tree, git lists the repository's pages, which is much faster than a walk;
 * otherwise the repository is walked.
 */
final class PageSelection implements AutoCloseable {
    private final Config config;
    private final Path repository;
    private final List<Path> files;
    private final PageSource source;
    /** The repository's pages, once listed. */
    private List<RepositoryFile> repositoryPages;
    /** The walk of the whole repository when that is what is checked, so that it need not be walked twice; else null. */
    private final List<Path> walkedRepository;

    private PageSelection(Config config, Path repository, List<Path> files, PageSource source,
            List<RepositoryFile> repositoryPages, List<Path> walkedRepository) {
        this.config = config;
        this.repository = repository;
        this.files = files;
        this.source = source;
        this.repositoryPages = repositoryPages;
        this.walkedRepository = walkedRepository;
    }

    /** The pages found under {@code targets}, files and folders, in the working tree. */
    static PageSelection walk(Config config, Path repository, List<Path> targets) {
        List<Path> found = PageFiles.collect(targets, config.root(), config.pathFilter());
        boolean whole = targets.size() == 1 && targets.get(0).toAbsolutePath().normalize().equals(repository);
        return new PageSelection(config, repository, found, PageSource.WORKING_TREE, null, whole ? found : null);
    }

    /** The staged versions of the pages under {@code targets} whose staged version differs from HEAD. */
    static PageSelection staged(Config config, Path cwd, Path repository, List<Path> targets) {
        Git git = gitAt(cwd, "--staged");
        Map<Path, String> changed = GitPages.stagedChanges(git, pathspecs(targets));
        Map<Path, String> blobs = new HashMap<>(changed);
        List<RepositoryFile> all = null;
        if (spansPages(config)) {
            Git top = Git.at(repository).orElseThrow(() -> new UsageException(
                    "--staged: the repository folder " + repository + " is not in a git work tree"));
            all = GitPages.staged(top, PageFiles.acceptsRelative(repository, config.root(), config.pathFilter()));
            all.forEach(f -> blobs.put(f.file(), f.blob()));
        }
        List<Path> files = pages(changed.keySet(), repository, config);
        return new PageSelection(config, repository, files, new StagedPages(git, blobs), all, null);
    }

    /** The pages under {@code targets} changed since the merge base of HEAD and {@code ref}, as the working tree has them. */
    static PageSelection changedSince(Config config, Path cwd, Path repository, List<Path> targets, String ref) {
        Git git = gitAt(cwd, "--changed-since");
        List<Path> files = pages(GitPages.changedSince(git, ref, pathspecs(targets)), repository, config);
        return new PageSelection(config, repository, files, PageSource.WORKING_TREE, null, null);
    }

    /** The pages to check, sorted. */
    List<Path> files() {
        return files;
    }

    /** The same selection with only {@code subset} of its pages checked (a shard). */
    PageSelection checking(List<Path> subset) {
        return new PageSelection(config, repository, subset, source, repositoryPages, walkedRepository);
    }

    PageSource source() {
        return source;
    }

    /** Every page of the repository, for the rules that span pages. */
    List<RepositoryFile> repositoryPages() {
        if (repositoryPages == null) {
            repositoryPages = listRepository();
        }
        return repositoryPages;
    }

    private List<RepositoryFile> listRepository() {
        var git = Git.at(repository);
        if (git.isPresent()) {
            List<RepositoryFile> listed = GitPages.workingTree(git.get(),
                    PageFiles.acceptsRelative(repository, config.root(), config.pathFilter()));
            // Pages git ignores are not in its list; when some of them are checked, only a walk sees them all.
            Set<Path> known = new HashSet<>();
            listed.forEach(f -> known.add(f.file()));
            if (known.containsAll(files)) {
                return listed;
            }
        }
        // Outside git, checking the whole repository walked it already.
        List<Path> walked = walkedRepository != null ? walkedRepository : PageFiles.collect(List.of(repository), config.root(),
                config.pathFilter());
        return walked.stream().map(RepositoryFile::onDisk).toList();
    }

    /** Whether a rule of the configuration needs the index of every page. */
    static boolean spansPages(Config config) {
        return config.rules().stream().anyMatch(r -> r.rule().meta().tags().contains("pages"));
    }

    private static Git gitAt(Path cwd, String option) {
        return Git.at(cwd).orElseThrow(() -> new UsageException(
                option + " needs a git repository, and " + cwd + " is not in one (or git is not installed)"));
    }

    /** The targets as git pathspecs, relative to the working directory where git runs; none means ".". */
    private static List<String> pathspecs(List<Path> targets) {
        return targets.isEmpty() ? List.of(".") : targets.stream().map(Path::toString).toList();
    }

    /** The files of {@code named} that are pages, as a walk of the repository would find them, sorted. */
    private static List<Path> pages(Collection<Path> named, Path repository, Config config) {
        List<Path> pages = new ArrayList<>();
        for (Path file : named) {
            if (PageFiles.accepts(file, repository, config.root(), config.pathFilter())) {
                pages.add(file);
            }
        }
        pages.sort(null);
        return pages;
    }

    @Override
    public void close() {
        if (source instanceof StagedPages staged) {
            staged.close();
        }
    }
}
