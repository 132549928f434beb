package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.config.PathFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run checks: the walk, the globs, hidden folders and links. */
class PageFilesTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\na: 1\n---\n");
    }

    private List<String> collect(PathFilter filter, Path... arguments) {
        return PageFiles.collect(List.of(arguments), dir, filter).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void walksFoldersSkippingHiddenFoldersAndNodeModules() throws IOException {
        touch("content/a.md");
        touch("content/sub/b.md");
        touch("content/notes.txt");
        touch(".git/c.md");
        touch("content/.hidden/d.md");
        touch("node_modules/pkg/e.md");
        touch("content/.dotfile.md"); // a hidden file, not a hidden folder: kept
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of());
        assertEquals(List.of("content/.dotfile.md", "content/a.md", "content/sub/b.md"), collect(filter, dir));
    }

    @Test
    void includeAndExcludeGlobsAreRelativeToTheRoot() throws IOException {
        touch("content/learn/x/a.md");
        touch("content/drafts/b.md");
        touch("README.md");
        touch("docs/c.md");
        PathFilter filter = new PathFilter(List.of("content/**/*.md"), List.of("content/drafts/", "README.md"));
        assertEquals(List.of("content/learn/x/a.md"), collect(filter, dir));
        // An explicit file is filtered like a walked one.
        assertEquals(List.of(), collect(filter, dir.resolve("docs/c.md")));
        assertEquals(List.of("content/learn/x/a.md"), collect(filter, dir.resolve("content/learn/x/a.md")));
    }

    @Test
    void filesAreSortedAndListedOnce() throws IOException {
        touch("b.md");
        touch("a/z.md");
        touch("a/y.md");
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of());
        assertEquals(List.of("a/y.md", "a/z.md", "b.md"), collect(filter, dir, dir.resolve("a"), dir.resolve("b.md")));
    }

    @Test
    void aWalkSplitIntoSubtreesFindsWhatOneWalkFindsInTheSameOrder() throws IOException {
        // One entry, then one more, then many: the walk opens folders down to where they fan
        // out. Names where '-' and '.' sort before '/' test that the subtrees' lists still
        // join in sorted order; hidden, excluded and unreadable-looking folders stay skipped.
        List<String> expected = new java.util.ArrayList<>();
        for (int subject = 0; subject < 40; subject++) {
            for (String name : List.of("a.md", "a-b.md", "a/x.md", "ab/y.md", "a.b/z.md")) {
                expected.add("content/learn/s" + subject + "/" + name);
            }
        }
        expected.add("content/learn/top.md");
        expected.add("content/root.md");
        for (String name : expected) {
            touch(name);
        }
        touch("content/learn/.hidden/h.md");
        touch("content/learn/s3/.git/g.md");
        touch("content/learn/drafts/d.md");
        touch("content/learn/s7/notes.txt");
        expected.sort(null);
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of("content/learn/drafts/"));
        assertEquals(expected, collect(filter, dir));
        assertEquals(expected, collect(filter, dir.resolve("content")));
        // Each walked file carries the size and time its walk saw.
        List<dev.contentlint.index.RepositoryFile> files = PageFiles.collectFiles(List.of(dir), dir, filter);
        assertTrue(files.stream().allMatch(file -> file.size() == 13));
    }

    @Test
    void missingPathIsAUsageError() {
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of());
        UsageException e = assertThrows(UsageException.class, () -> collect(filter, dir.resolve("nope")));
        assertEquals("no such file or folder: " + dir.resolve("nope"), e.getMessage());
    }

    @Test
    void linkedFoldersAreNotFollowedButLinkedFilesAreListed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("o.md"), "x");
        Path site = Files.createDirectories(dir.resolve("site"));
        touch("site/real.md");
        try {
            Files.createSymbolicLink(site.resolve("linked"), outside);
            Files.createSymbolicLink(site.resolve("loop"), site);
            Files.createSymbolicLink(site.resolve("file.md"), outside.resolve("o.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of());
        assertEquals(List.of("site/file.md", "site/real.md"), collect(filter, site));
    }

    @Test
    void displayPathIsRelativeToTheWorkingDirectory() throws IOException {
        Engine engine = new Engine(dev.contentlint.config.ConfigLoader.load(
                Files.writeString(dir.resolve("c.yaml"), "extends: []\n"), dir), 1, dir.resolve("work"));
        assertEquals("../content/a.md", engine.displayPath(dir.resolve("content/a.md")));
        assertEquals("x/b.md", engine.displayPath(dir.resolve("work/x/./b.md")));
        assertTrue(engine.config().rules().size() > 0);
    }

    @Test
    void filesUnderEntriesWhoseNamesArePrefixesOfOthersSortAsOneList() throws IOException {
        // '-' and '.' sort before '/', so "a-b/x.md" and "a.md" come before "a/x.md": each entry's
        // files are walked and sorted apart, and the whole must still be in path order.
        touch("a/x.md");
        touch("a-b/x.md");
        touch("a.md");
        touch("a/b/y.md");
        touch("ab.md");
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of());
        assertEquals(List.of("a-b/x.md", "a.md", "a/b/y.md", "a/x.md", "ab.md"), collect(filter, dir));
        assertEquals(List.of("a-b/x.md", "a.md", "a/b/y.md", "a/x.md", "ab.md"),
                collect(filter, dir.resolve("a"), dir, dir.resolve("a.md")));
    }

    @Test
    void aFolderIsWalkedAsAWalkOfTheRepositoryWouldWalkItUnlessAFolderOnTheWayIsSkipped() throws IOException {
        Path repository = dir.toRealPath();
        Files.createDirectories(repository.resolve("content/learn"));
        Files.createDirectories(repository.resolve(".site/learn"));
        Files.createDirectories(repository.resolve("content/drafts/old"));
        PathFilter filter = new PathFilter(List.of("**/*.md"), List.of("content/drafts/"));
        assertTrue(PageFiles.walkFindsBelow(repository.resolve("content/learn"), repository, repository, filter));
        assertTrue(PageFiles.walkFindsBelow(repository.resolve("content/../content"), repository, repository, filter));
        assertFalse(PageFiles.walkFindsBelow(repository.resolve(".site/learn"), repository, repository, filter));
        assertFalse(PageFiles.walkFindsBelow(repository.resolve("content/drafts/old"), repository, repository, filter));
        assertFalse(PageFiles.walkFindsBelow(repository.getParent(), repository, repository, filter));
        touch("content/learn/a.md");
        assertFalse(PageFiles.walkFindsBelow(repository.resolve("content/learn/a.md"), repository, repository, filter));
        try {
            Files.createSymbolicLink(repository.resolve("link"), repository.resolve("content"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no links on this file system
        }
        // A walk of the repository does not follow the link; a walk of link/learn would.
        assertFalse(PageFiles.walkFindsBelow(repository.resolve("link/learn"), repository, repository, filter));
    }
}
