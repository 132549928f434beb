package dev.contentlint.engine;

import dev.contentlint.config.PathFilter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Expands the paths given on the command line into the page files to check. Folders are
 * walked without following links (so link loops cannot trap the walk), hidden folders are
 * skipped, and every file must pass the include and exclude globs, matched relative to the root.
 */
public final class PageFiles {
    private PageFiles() {}

    public static List<Path> collect(List<Path> arguments, Path root, PathFilter filter) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path argument : arguments) {
            Path path = argument.toAbsolutePath().normalize();
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no such file or folder: " + argument);
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                walk(path, root, filter, files);
            } else if (filter.accepts(relative(root, path))) {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    /** The path relative to the root, '/'-separated; a path outside the root keeps its file name only. */
    public static String relative(Path root, Path path) {
        Path rel = path.startsWith(root) ? root.relativize(path) : path.getFileName();
        return rel.toString().replace('\\', '/');
    }

    private static void walk(Path start, Path root, PathFilter filter, TreeSet<Path> files) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(start)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || name.equals("node_modules")
                            || filter.excludesFolder(relative(root, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && filter.accepts(relative(root, file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable folder or file: keep the file so that reading it reports why.
                    if (filter.accepts(relative(root, file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UsageException("cannot walk " + start + ": " + e.getMessage());
        }
    }
}
