package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.contentlint.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProseCacheTest {
    @TempDir
    Path dir;

    private static final List<ProseMatch> MATCHES = List.of(
            new ProseMatch(true, "MORFOLOGIK_RULE_EN_US", "TYPOS", 3, 7, "Possible spelling mistake found.",
                    List.of("the", "tech")),
            new ProseMatch(false, "EN_A_VS_AN", "MISC", 10, 11, "Use “an” — not “a”.", List.of()));

    /**
     * Sources of the prose package that do not decide which matches a text gets: the cache
     * itself, the scheduling of texts on LanguageTool instances, the placing of a text's
     * matches in its file, which is done after the cache, and the counting of a site's words.
     */
    private static final Set<String> NOT_IN_RESULTS = Set.of("ProseCache.java", "ProseService.java",
            "ProseSegment.java", "ProseFinding.java", "ProseSetupException.java", "SiteWords.java");

    /**
     * Each cache format is recorded with a SHA-256 of the prose package's other sources as they
     * were when it was set. A change to how prose is checked changes the hash; recording the
     * new hash needs a format not used before, so the constant is raised with it and old
     * results are not read back.
     */
    @Test
    void theFormatIsRaisedWhenProseCheckingChanges() throws IOException {
        Path sources = Path.of("src/main/java/dev/contentlint/prose");
        MessageDigest digest = Sha256.digest();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> !NOT_IN_RESULTS.contains(f.getFileName().toString())).sorted().toList()) {
                digest.update((file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        Map<Integer, String> recorded = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/prose-cache-formats.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.trim().split("\\s+");
                assertNull(recorded.put(Integer.parseInt(fields[0]), fields[1]), "format " + fields[0] + " is recorded twice");
            }
        }
        assertEquals(hash, recorded.get(ProseCache.FORMAT), "the prose sources changed: raise ProseCache.FORMAT and"
                + " record it with " + hash + " in src/test/resources/prose-cache-formats.txt");
    }

    @Test
    void resultsSurviveTheRun() throws IOException {
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        cache.put(cache.key("Teh text"), MATCHES);
        cache.flush();
        ProseCache again = ProseCache.open(dir, "settings", "1.0");
        assertEquals(MATCHES, again.get(again.key("Teh text")));
        assertNull(again.get(again.key("Other text")));
    }

    @Test
    void aCacheFileThatIsAFifoOrALinkToDevZeroIsRefusedAtOnce() throws Exception {
        Path file = ProseCache.open(dir, "settings", "1.0").file();
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
                && mkfifo.exitValue() == 0, "mkfifo is not available");
        ProseSetupException fifo = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> org.junit.jupiter.api.Assertions.assertThrows(ProseSetupException.class,
                        () -> ProseCache.open(dir, "settings", "1.0")));
        org.junit.jupiter.api.Assertions.assertTrue(fifo.getMessage().contains("not a regular file"), fifo.getMessage());
        java.nio.file.Files.delete(file);
        java.nio.file.Files.createSymbolicLink(file, Path.of("/dev/zero"));
        ProseSetupException zero = org.junit.jupiter.api.Assertions.assertThrows(ProseSetupException.class,
                () -> ProseCache.open(dir, "settings", "1.0"));
        org.junit.jupiter.api.Assertions.assertTrue(zero.getMessage().contains("--cache-dir"), zero.getMessage());
    }

    @Test
    void otherSettingsOrVersionsUseOtherFiles() throws IOException {
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        cache.put(cache.key("Teh text"), MATCHES);
        cache.flush();
        ProseCache otherSettings = ProseCache.open(dir, "language=en-GB", "1.0");
        ProseCache otherVersion = ProseCache.open(dir, "settings", "1.1");
        assertNotEquals(cache.file(), otherSettings.file());
        assertNotEquals(cache.file(), otherVersion.file());
        assertNull(otherSettings.get(otherSettings.key("Teh text")));
        assertNull(otherVersion.get(otherVersion.key("Teh text")));
    }

    @Test
    void aTornTailCostsOnlyItsOwnEntriesAndIsRewritten() throws IOException {
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        cache.put(cache.key("first"), MATCHES);
        cache.flush();
        long good = Files.size(cache.file());
        Files.write(cache.file(), new byte[] {0, 0, 1, 0, 42, 42}, StandardOpenOption.APPEND);

        ProseCache reopened = ProseCache.open(dir, "settings", "1.0");
        assertEquals(MATCHES, reopened.get(reopened.key("first")));
        reopened.put(reopened.key("second"), List.of());
        reopened.flush();

        ProseCache last = ProseCache.open(dir, "settings", "1.0");
        assertEquals(MATCHES, last.get(last.key("first")));
        assertEquals(List.of(), last.get(last.key("second")));
        assertTrue(Files.size(last.file()) > good);
    }

    @Test
    void aFileThatIsNotACacheIsStartedAgain() throws IOException {
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        Files.writeString(cache.file(), "not a cache file at all", StandardCharsets.UTF_8);
        ProseCache reopened = ProseCache.open(dir, "settings", "1.0");
        assertNull(reopened.get(reopened.key("first")));
        reopened.put(reopened.key("first"), MATCHES);
        reopened.flush();
        assertEquals(MATCHES, ProseCache.open(dir, "settings", "1.0").get(reopened.key("first")));
    }

    @Test
    void anInMemoryCacheWritesNothing() throws IOException {
        ProseCache cache = ProseCache.inMemory("settings", "1.0");
        cache.put(cache.key("x"), MATCHES);
        cache.flush();
        assertEquals(MATCHES, cache.get(cache.key("x")));
        assertNull(cache.file());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /** Two processes adding to the same cache at once: the file lock keeps every record whole. */
    @Test
    void parallelRunsDoNotMixTheirWrites() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CacheWriter.class.getName(), dir.toString(),
                    "writer" + i).inheritIO().start());
        }
        for (Process writer : writers) {
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, writer.exitValue());
        }
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        for (int i = 0; i < 3; i++) {
            for (int n = 0; n < 200; n++) {
                assertEquals(MATCHES, cache.get(cache.key("writer" + i + " text " + n)), "writer" + i + " text " + n);
            }
        }
        assertFalse(cache.size() < 600);
    }

    /** Adds 200 entries in 20 flushes. */
    public static final class CacheWriter {
        public static void main(String[] args) throws IOException {
            for (int flush = 0; flush < 20; flush++) {
                ProseCache cache = ProseCache.open(Path.of(args[0]), "settings", "1.0");
                for (int n = flush * 10; n < flush * 10 + 10; n++) {
                    cache.put(cache.key(args[1] + " text " + n), MATCHES);
                }
                cache.flush();
            }
        }
    }
}
