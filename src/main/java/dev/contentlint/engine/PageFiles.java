package dev.contentlint.engine;

import dev.contentlint.text.Slashes;
import dev.contentlint.config.PathFilter;
import dev.contentlint.index.RepositoryFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into the page files to check. Folders are
 * walked without following links (so link loops cannot trap the walk), hidden folders are
 * skipped, and every file must pass the include and exclude globs, matched relative to the root.
 */
public final class PageFiles {
    private PageFiles() {}

    public static List<Path> collect(List<Path> arguments, Path root, PathFilter filter) {
        return collectFiles(arguments, root, filter).stream().map(RepositoryFile::file).toList();
    }

    /** The same files, each with the size and time the walk saw, when it walked to it. */
    public static List<RepositoryFile> collectFiles(List<Path> arguments, Path root, PathFilter filter) {
        List<RepositoryFile> files = new ArrayList<>();
        for (Path argument : arguments) {
            Path path = argument.toAbsolutePath().normalize();
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no such file or folder: " + argument);
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                // The walk is split into subtrees walked and sorted on workers of their own: a
                // site has a folder per subject, but often below a folder or two of one entry
                // (content/learn/...). The files of one subtree are next to each other in the
                // sorted list too, so the subtrees' lists go in the order of their first files.
                List<List<RepositoryFile>> walked = new ArrayList<>(subtrees(path, root, filter).parallelStream()
                        .map(entry -> {
                            List<RepositoryFile> found = new ArrayList<>();
                            walk(entry, path, root, filter, found);
                            found.sort(BY_PATH);
                            return found;
                        }).filter(found -> !found.isEmpty()).toList());
                walked.sort(Comparator.comparing(found -> found.get(0).file()));
                walked.forEach(files::addAll);
            } else if (filter.accepts(relative(root, path))) {
                files.add(RepositoryFile.onDisk(path));
            }
        }
        if (arguments.size() == 1) {
            return files;
        }
        // Arguments may name the same files twice, or in any order.
        TreeMap<Path, RepositoryFile> unique = new TreeMap<>();
        files.forEach(file -> unique.putIfAbsent(file.file(), file));
        return new ArrayList<>(unique.values());
    }

    private static final Comparator<RepositoryFile> BY_PATH = Comparator.comparing(RepositoryFile::file);

    /** Enough subtrees to keep every worker busy. */
    private static final int SUBTREES = 32;

    /**
     * The folder's entries, with folders replaced by their own entries, breadth first, until
     * there are {@link #SUBTREES} of them or no folder is left to open. Only folders that a
     * walk enters are opened; the rest stay whole, and their walk skips them as before.
     */
    private static List<Path> subtrees(Path folder, Path root, PathFilter filter) {
        List<Path> subtrees = new ArrayList<>();
        subtrees.add(folder);
        boolean opened = true;
        while (opened && subtrees.size() < SUBTREES) {
            opened = false;
            List<Path> next = new ArrayList<>();
            for (Path entry : subtrees) {
                boolean enters = entry.equals(folder) || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && !skipped(entry.getFileName().toString()) && !filter.excludesFolder(relative(root, entry));
                List<Path> children = null;
                if (enters) {
                    try (Stream<Path> list = Files.list(entry)) {
                        children = list.toList();
                    } catch (IOException e) {
                        if (entry.equals(folder)) {
                            throw new UsageException("cannot list " + folder + ": " + e.getMessage());
                        }
                        // An unreadable subfolder stays whole: its walk reports why.
                    }
                }
                if (children == null) {
                    next.add(entry);
                } else {
                    next.addAll(children);
                    opened = true;
                }
            }
            subtrees = next;
        }
        return subtrees;
    }

    /**
     * The path as the repository names it. A user or an editor may name a page through a link
     * that the repository's own path does not take (or the other way round); the index, the
     * globs and the findings need the repository's name for it, or a page named through a link
     * would be a second page with the same id and url. Unchanged when it is outside the
     * repository, or does not exist yet.
     */
    public static Path namedIn(Path repository, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(repository)) {
            return absolute;
        }
        try {
            Path real = absolute.toRealPath();
            Path realRepository = repository.toRealPath();
            return real.startsWith(realRepository) ? repository.resolve(realRepository.relativize(real)) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Whether walking the folder {@code target} finds exactly the files of a walk of
     * {@code repository} that lie below it: the target is a real folder inside the repository
     * (no link on the way) and no folder from the repository down to it is one a walk skips.
     */
    public static boolean walkFindsBelow(Path target, Path repository, Path root, PathFilter filter) {
        Path path = target.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || !path.startsWith(repository)
                    || !path.toRealPath().equals(path) || !repository.toRealPath().equals(repository)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        for (Path folder = path; !folder.equals(repository); folder = folder.getParent()) {
            if (skipped(folder.getFileName().toString()) || filter.excludesFolder(relative(root, folder))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a file that git named is a page, as a walk of {@code base} would find it: no
     * hidden or {@code node_modules} folder lies between, and the globs accept it.
     */
    public static boolean accepts(Path file, Path base, Path root, PathFilter filter) {
        return !inSkippedFolder(relative(base, file)) && filter.accepts(relative(root, file));
    }

    /**
     * The same test for many paths relative to {@code base}, as git lists them, without making
     * a {@link Path} of each: a large site's repository has tens of thousands.
     */
    public static Predicate<String> acceptsRelative(Path base, Path root, PathFilter filter) {
        String prefix = base.equals(root) ? "" : base.startsWith(root) ? relative(root, base) + "/" : null;
        return path -> !inSkippedFolder(path)
                && filter.accepts(prefix != null ? prefix + path : relative(root, base.resolve(path)));
    }

    /** Whether a '/'-separated relative path has a folder that a walk skips. */
    private static boolean inSkippedFolder(String path) {
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            if (skipped(path.substring(start, slash))) {
                return true;
            }
            start = slash + 1;
        }
        return false;
    }

    /** Folders that hold no pages: hidden ones (.git, .github) and installed packages. */
    private static boolean skipped(String folderName) {
        return folderName.startsWith(".") || folderName.equals("node_modules");
    }

    /** The path relative to the root, '/'-separated; a path outside the root keeps its file name only. */
    public static String relative(Path root, Path path) {
        // String work, not Path.relativize: this runs for every file and folder of a large site.
        String full = Slashes.of(path.toString());
        String base = Slashes.of(root.toString());
        if (full.startsWith(base) && (full.length() == base.length() || full.charAt(base.length()) == '/'
                || base.endsWith("/"))) {
            return full.substring(Math.min(full.length(), base.length() + (base.endsWith("/") ? 0 : 1)));
        }
        return path.getFileName() == null ? full : path.getFileName().toString();
    }

    /** Walks {@code start}, an entry of the folder {@code argument} that was named on the command line. */
    private static void walk(Path start, Path argument, Path root, PathFilter filter, List<RepositoryFile> files) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(argument)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (skipped(dir.getFileName().toString()) || filter.excludesFolder(relative(root, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && filter.accepts(relative(root, file))) {
                        files.add(RepositoryFile.walked(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable folder or file: keep it so that reading it reports why. A folder
                    // that could hold pages is kept whatever the globs say of its own name, or its
                    // pages would go unchecked in silence.
                    boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                    if (folder ? !skipped(file.getFileName().toString()) && !filter.excludesFolder(relative(root, file))
                            : filter.accepts(relative(root, file))) {
                        files.add(RepositoryFile.onDisk(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot walk " + start + ": " + e.getMessage());
        }
    }
}
