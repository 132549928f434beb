package dev.contentlint.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.PageSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageIndexTest {
    @TempDir
    Path repo;
    @TempDir
    Path cache;

    private static final FieldRoles ROLES = new FieldRoles(Map.of(FieldRole.ID, "id", FieldRole.URL, "url",
            FieldRole.SUBJECT, "subject", FieldRole.TITLE, "title"));

    private Path page(String name, String id, String subject) throws IOException {
        return Files.writeString(repo.resolve(name), "---\nid: " + id + "\ntitle: Page " + name + "\nsubject: " + subject
                + "\nurl: /learn/x/" + name + "\n---\n");
    }

    private PageIndex build(List<Path> files) {
        return PageIndex.build(() -> RepositoryListing.of(onDisk(files)), PageSource.WORKING_TREE, ROLES, true, 2, p -> p.getFileName().toString(),
                new PageIndex.CacheLocation(cache, repo, "test"));
    }

    private static List<RepositoryFile> onDisk(List<Path> files) {
        return files.stream().map(RepositoryFile::onDisk).toList();
    }

    @Test
    void indexesIdsUrlsAndSubjectSpellings() throws IOException {
        List<Path> files = List.of(page("a", "1", "Computer Science"), page("b", "1", "Computer science"),
                page("c", "2", "Computer Science"), Files.writeString(repo.resolve("d"), "no front matter\n"));
        PageIndex index = PageIndex.build(() -> RepositoryListing.of(onDisk(files)), PageSource.WORKING_TREE, ROLES, true, 2,
                p -> p.getFileName().toString(), (PageIndex.CacheLocation) null);
        assertEquals(3, index.size());
        assertEquals(List.of("a", "b"), index.pagesWithId("1").stream().map(index::displayPath).sorted().toList());
        assertEquals("c", index.displayPath(index.pagesWithUrl("/learn/x/c").get(0)));
        assertEquals(Map.of("Computer Science", 2, "Computer science", 1), index.spellingsOf("computer  SCIENCE"));
        assertEquals("Computer Science", index.majoritySpelling("Computer science"));
    }

    @Test
    void siteFactsAreKeptOnlyWhenAskedForAndTheCacheTellsTheTwoApart() throws IOException {
        Path a = page("a", "1", "Physics");
        PageIndex.CacheLocation location = new PageIndex.CacheLocation(cache, repo, "test");
        PageIndex without = PageIndex.build(() -> RepositoryListing.of(onDisk(List.of(a))), PageSource.WORKING_TREE, ROLES,
                false, 2, p -> p.getFileName().toString(), location);
        assertNull(without.entries().get(0).site(), "site facts were computed though no site rule runs");
        // The cached index without site facts must not serve a run whose site rules need them.
        PageIndex with = PageIndex.build(() -> RepositoryListing.of(onDisk(List.of(a))), PageSource.WORKING_TREE, ROLES,
                true, 2, p -> p.getFileName().toString(), location);
        org.junit.jupiter.api.Assertions.assertNotNull(with.entries().get(0).site());
    }

    /** The working tree, counting in {@code reads} the pages it reads. */
    private static PageSource counting(java.util.concurrent.atomic.AtomicInteger reads) {
        return (reader, file, displayPath) -> {
            reads.incrementAndGet();
            return reader.read(file, displayPath);
        };
    }

    /** A walk of the whole repository, as a check makes it. */
    private RepositoryListing walk() {
        return RepositoryListing.walked(dev.contentlint.engine.PageFiles.collectFiles(List.of(repo), repo,
                new dev.contentlint.config.PathFilter(List.of("*"), List.of())));
    }

    @Test
    void anUnchangedWalkTakesTheIndexFromTheCacheWithoutReadingAPageAndAChangeIsSeen() throws IOException {
        Path a = page("a", "1", "Physics");
        Path b = page("b", "2", "Physics");
        PageIndex.CacheLocation location = new PageIndex.CacheLocation(cache, repo, "test");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        PageSource counting = counting(reads);
        java.util.function.Supplier<RepositoryListing> walk = this::walk;
        PageIndex first = PageIndex.build(walk, counting, ROLES, false, 2, p -> p.getFileName().toString(), location);
        assertEquals(2, reads.get());
        PageIndex second = PageIndex.build(walk, counting, ROLES, false, 2, p -> p.getFileName().toString(), location);
        assertEquals(2, reads.get(), "an unchanged folder was read again");
        assertEquals(first.entries(), second.entries());
        // A page written again, with another size and time, is read again, and only that one.
        Files.writeString(b, Files.readString(b).replace("subject: Physics", "subject: Chemistry"));
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
        PageIndex third = PageIndex.build(walk, counting, ROLES, false, 2, p -> p.getFileName().toString(), location);
        assertEquals(3, reads.get());
        assertEquals(Map.of("Chemistry", 1), third.spellingsOf("chemistry"));
    }

    @Test
    void aCacheBegunBeforeTheListingIsTheOneTheBuildReads() throws IOException {
        Path a = page("a", "1", "Physics");
        page("b", "2", "Physics");
        PageIndex.CacheLocation location = new PageIndex.CacheLocation(cache, repo, "test");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        PageSource counting = counting(reads);
        java.util.function.Supplier<RepositoryListing> walk = this::walk;
        java.util.function.Function<Path, String> names = p -> p.getFileName().toString();
        PageIndex first = PageIndex.build(walk, counting, ROLES, false, 2, names, location);
        PageIndex.CacheLoad begun = PageIndex.loadCache(location, ROLES, false, names);
        PageIndex second = PageIndex.build(walk, counting, ROLES, false, 2, names, begun);
        assertEquals(2, reads.get(), "the cache begun early was not used");
        assertEquals(first.entries(), second.entries());
        // A page changed after the load began is still read again.
        PageIndex.CacheLoad before = PageIndex.loadCache(location, ROLES, false, names);
        Files.writeString(a, Files.readString(a).replace("subject: Physics", "subject: Chemistry"));
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
        PageIndex third = PageIndex.build(walk, counting, ROLES, false, 2, names, before);
        assertEquals(3, reads.get());
        assertEquals(Map.of("Chemistry", 1), third.spellingsOf("chemistry"));
    }

    @Test
    void aWalksFingerprintCoversEachFilesPathSizeAndTime() {
        Path a = repo.resolve("a.md");
        String base = RepositoryListing.walked(List.of(new RepositoryFile(a, null, 10, 20))).fingerprint();
        assertEquals(base, RepositoryListing.walked(List.of(new RepositoryFile(a, null, 10, 20))).fingerprint());
        for (RepositoryFile changed : List.of(new RepositoryFile(a, null, 11, 20), new RepositoryFile(a, null, 10, 21),
                new RepositoryFile(repo.resolve("b.md"), null, 10, 20))) {
            assertTrue(!base.equals(RepositoryListing.walked(List.of(changed)).fingerprint()), changed.toString());
        }
        assertTrue(!base.equals(RepositoryListing.walked(List.of(new RepositoryFile(a, null, 10, 20),
                new RepositoryFile(a, null, 10, 20))).fingerprint()));
        // A file the walk could not look at leaves the listing without a fingerprint: each file is checked.
        assertNull(RepositoryListing.walked(List.of(RepositoryFile.onDisk(a))).fingerprint());
    }

    @Test
    void aTieHasNoMajority() throws IOException {
        PageIndex index = build(List.of(page("a", "1", "Biology"), page("b", "2", "biology")));
        assertNull(index.majoritySpelling("Biology"));
    }

    @Test
    void theCacheIsReusedUntilAFileChanges() throws IOException {
        Path a = page("a", "1", "Physics");
        Path b = page("b", "2", "Physics");
        assertEquals(1, build(List.of(a, b)).pagesWithId("1").size());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.count());
        }
        // Same size and time: the cached entry stands, even though the text (not its length) changed.
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, Files.readString(a).replace("id: 1", "id: 3"));
        Files.setLastModifiedTime(a, time);
        assertEquals(1, build(List.of(a, b)).pagesWithId("1").size());
        // A new time: the file is read again.
        Files.setLastModifiedTime(a, FileTime.fromMillis(time.toMillis() + 5_000));
        PageIndex reread = build(List.of(a, b));
        assertTrue(reread.pagesWithId("1").isEmpty());
        assertEquals(1, reread.pagesWithId("3").size());
    }

    @Test
    void aGitBlobTellsAFileUnchangedWithoutLookingAtIt() throws IOException {
        Path a = page("a", "1", "Physics");
        PageIndex.CacheLocation location = new PageIndex.CacheLocation(cache, repo, "test");
        PageIndex first = PageIndex.build(() -> RepositoryListing.of(List.of(new RepositoryFile(a, "blob-1"))), PageSource.WORKING_TREE, ROLES, true, 2,
                p -> p.getFileName().toString(), location);
        assertEquals(1, first.pagesWithId("1").size());
        // The same blob: the cached entry stands, whatever the file now says.
        Files.writeString(a, Files.readString(a).replace("id: 1", "id: 2"));
        PageIndex same = PageIndex.build(() -> RepositoryListing.of(List.of(new RepositoryFile(a, "blob-1"))), PageSource.WORKING_TREE, ROLES, true, 2,
                p -> p.getFileName().toString(), location);
        assertEquals(1, same.pagesWithId("1").size());
        // Another blob: the page is read again, from the source.
        PageIndex changed = PageIndex.build(() -> RepositoryListing.of(List.of(new RepositoryFile(a, "blob-2"))), PageSource.WORKING_TREE, ROLES, true, 2,
                p -> p.getFileName().toString(), location);
        assertEquals(1, changed.pagesWithId("2").size());
    }

    @Test
    void aDamagedCacheIsReadAgainFromThePages() throws IOException {
        Path a = page("a", "1", "Physics");
        build(List.of(a));
        try (Stream<Path> files = Files.list(cache)) {
            Files.writeString(files.findFirst().orElseThrow(), "garbage");
        }
        assertEquals(1, build(List.of(a)).pagesWithId("1").size());
    }
}
