package dev.contentlint.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index cache is verified as it is read: a damaged file is never trusted, only rebuilt. */
class IndexCacheTest {
    @TempDir
    Path dir;

    private IndexCache open() {
        return IndexCache.open(dir.resolve("cache"), dir, "roles", "1.0.0");
    }

    private Path saved() throws IOException {
        Map<String, IndexCache.Stored> entries = new LinkedHashMap<>();
        entries.put("/site/a.md", new IndexCache.Stored("12@34", "1", "/learn/x/questions/a", "A", "X", true));
        entries.put("/site/b.md", new IndexCache.Stored("56@78", "2", "/learn/x/questions/b", "B", "X", true));
        entries.put("/site/c.md", new IndexCache.Stored("9@10", null, null, null, null, false));
        open().save(entries, "listing");
        try (var files = Files.list(dir.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("index-")).findFirst().orElseThrow();
        }
    }

    @Test
    void aSavedCacheReadsBackWhole() throws IOException {
        saved();
        IndexCache cache = open();
        assertTrue(cache.savedFrom("listing"));
        assertEquals(List.of("/learn/x/questions/a", "/learn/x/questions/b"),
                cache.entries().stream().map(PageIndex.Entry::url).toList());
        assertEquals("9@10", cache.get("/site/c.md").version());
    }

    @Test
    void aPagesSiteFactsReadBackWhole() throws IOException {
        short[] signature = new short[dev.contentlint.site.MinHash.LENGTH];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (short) (i * 517 - 30000);
        }
        var site = new dev.contentlint.site.SiteFacts("QuickTakes | Physics", null,
                List.of("/learn/x/questions/b", "/learn/y/questions/c"), 57, 42, -7L, signature);
        Map<String, IndexCache.Stored> entries = new LinkedHashMap<>();
        entries.put("/site/a.md", new IndexCache.Stored("1@2", "1", "/learn/x/questions/a", "A", "X", site, true));
        entries.put("/site/b.md", new IndexCache.Stored("3@4", "2", "/learn/x/questions/b", "B", "X",
                new dev.contentlint.site.SiteFacts(null, "About B", List.of(), 0, 0, 0, null), true));
        open().save(entries, "listing");
        IndexCache cache = open();
        assertEquals(site, cache.get("/site/a.md").site());
        assertEquals(entries.get("/site/b.md"), cache.get("/site/b.md"));
        assertEquals(site, cache.entries().get(0).site());
    }

    @Test
    void everySingleBitFlipIsCaughtAndTheCacheStartsAfresh() throws IOException {
        Path file = saved();
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length * 8; i++) {
            byte[] bad = good.clone();
            bad[i / 8] ^= (byte) (1 << (i % 8));
            Files.write(file, bad);
            IndexCache cache = open();
            assertFalse(cache.savedFrom("listing"), "bit " + i);
            assertTrue(cache.entries().isEmpty(), "bit " + i + " gave " + cache.entries());
        }
    }

    @Test
    void aTruncatedOrForeignFileIsNotTrusted() throws IOException {
        Path file = saved();
        byte[] good = Files.readAllBytes(file);
        for (int length : new int[] {0, 3, 7, good.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(good, length));
            assertTrue(open().entries().isEmpty(), "length " + length);
        }
        Files.writeString(file, "not a cache at all, but long enough to hold a checksum");
        assertTrue(open().entries().isEmpty());
    }
}
