package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.PathFilter;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.UsageException;
import dev.contentlint.git.Git;
import dev.contentlint.git.GitPages;
import dev.contentlint.git.StagedPages;
import dev.contentlint.index.RepositoryFile;
import dev.contentlint.index.RepositoryListing;
import dev.contentlint.page.PageSource;
import dev.contentlint.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
    private RepositoryListing repositoryPages;
    /** The walk of the whole repository when this selection made it, so that it need not be walked twice; else null. */
    private final List<RepositoryFile> walkedRepository;

    private PageSelection(Config config, Path repository, List<Path> files, PageSource source,
            RepositoryListing repositoryPages, List<RepositoryFile> walkedRepository) {
        this.config = config;
        this.repository = repository;
        this.files = files;
        this.source = source;
        this.repositoryPages = repositoryPages;
        this.walkedRepository = walkedRepository;
    }

    /**
     * The pages found under {@code targets}, files and folders, in the working tree. A file named
     * there that the include and exclude globs leave out gets a warning on {@code err} that says which glob.
     */
    static PageSelection walk(Config config, Path repository, List<Path> named, PrintWriter err) {
        PathFilter filter = config.pathFilter();
        // A target named through a link into the repository is the repository's own page (else
        // it would be a second page with the same id and url); the others stay as the user wrote them.
        List<Path> targets = named.stream().map(target -> {
            Path inRepository = PageFiles.namedIn(repository, target);
            return inRepository.equals(target.toAbsolutePath().normalize()) ? target : inRepository;
        }).toList();
        for (int i = 0; i < targets.size(); i++) {
            Path file = targets.get(i).toAbsolutePath().normalize();
            String why = Files.isRegularFile(file) ? filter.exclusion(PageFiles.relative(config.root(), file)) : null;
            if (why != null) {
                String settings = config.file() != null ? " (include and exclude in " + config.file() + ")" : "";
                err.println("contentlint: warning: " + Printable.path(named.get(i).toString()) + ": file ignored because "
                        + why + settings);
            }
        }
        boolean whole = targets.size() == 1 && targets.get(0).toAbsolutePath().normalize().equals(repository);
        if (!whole && spansPages(config) && targets.stream().allMatch(target -> PageFiles.walkFindsBelow(target,
                repository, config.root(), config.pathFilter())) && Git.at(repository).isEmpty()) {
            // Outside git the index walks the whole repository anyway: one walk serves both.
            List<RepositoryFile> all = PageFiles.collectFiles(List.of(repository), config.root(), config.pathFilter());
            List<Path> folders = targets.stream().map(target -> target.toAbsolutePath().normalize()).toList();
            List<Path> found = all.stream().map(RepositoryFile::file)
                    .filter(file -> folders.stream().anyMatch(file::startsWith)).toList();
            return new PageSelection(config, repository, found, PageSource.WORKING_TREE, null, all);
        }
        List<RepositoryFile> found = PageFiles.collectFiles(targets, config.root(), config.pathFilter());
        return new PageSelection(config, repository, found.stream().map(RepositoryFile::file).toList(),
                PageSource.WORKING_TREE, null, whole ? found : null);
    }

    /** No page to check, only every page of the repository, for the rules that span pages (the language server). */
    static PageSelection repositoryOnly(Config config, Path repository) {
        return new PageSelection(config, repository, List.of(), PageSource.WORKING_TREE, null, null);
    }

    /** The staged versions of the pages under {@code targets} whose staged version differs from HEAD. */
    static PageSelection staged(Config config, Path cwd, Path repository, List<Path> targets) {
        Git git = gitAt(cwd, "--staged");
        Map<Path, String> changed = GitPages.stagedChanges(git, pathspecs(targets));
        RepositoryListing all = null;
        if (spansPages(config)) {
            Git top = Git.at(repository).orElseThrow(() -> new UsageException(
                    "--staged: the repository folder " + repository + " is not in a git work tree"));
            all = withFilter(GitPages.staged(top, PageFiles.acceptsRelative(repository, config.root(),
                    config.pathFilter())), config);
        }
        List<Path> files = pages(changed.keySet(), repository, config);
        StagedPages source = new StagedPages(git, changed, all == null ? List::of : all.files());
        return new PageSelection(config, repository, files, source, all, null);
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
    RepositoryListing repositoryPages() {
        if (repositoryPages == null) {
            repositoryPages = listRepository();
        }
        return repositoryPages;
    }

    private RepositoryListing listRepository() {
        var git = Git.at(repository);
        if (git.isPresent()) {
            // Pages git ignores are not in its list; when one of them is checked, only a walk sees them all.
            List<String> checked = files.stream().map(file -> PageFiles.relative(repository, file)).toList();
            var listed = GitPages.workingTree(git.get(),
                    PageFiles.acceptsRelative(repository, config.root(), config.pathFilter()), checked);
            if (listed.isPresent()) {
                return withFilter(listed.get(), config);
            }
        }
        // Outside git, checking the whole repository walked it already.
        List<RepositoryFile> walked = walkedRepository != null ? walkedRepository
                : PageFiles.collectFiles(List.of(repository), config.root(), config.pathFilter());
        return RepositoryListing.walked(walked);
    }

    /** The listing, with a fingerprint that also covers what is a page: the globs and the root they are relative to. */
    private static RepositoryListing withFilter(RepositoryListing listing, Config config) {
        String fingerprint = listing.fingerprint() + "\n" + config.root() + "\n" + config.pathFilter();
        return new RepositoryListing(fingerprint, listing.files());
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
        PathFilter filter = config.pathFilter(); // compiled once, not once a file
        for (Path file : named) {
            if (PageFiles.accepts(file, repository, config.root(), filter)) {
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
