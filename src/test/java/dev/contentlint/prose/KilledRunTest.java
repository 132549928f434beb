package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prose run that a CI time-out kills keeps what it checked: the real {@code bin/contentlint
 * check}, on pages of the corpus sample, is killed (SIGKILL) once its cache holds half of what a
 * whole run caches; the next run then checks only the rest, and reports what a run from an empty
 * cache reports.
 */
class KilledRunTest {
    private static final Path SAMPLE = Path.of("../shared/corpus/sample/content/learn");
    private static final int PAGES = 24;

    @Test
    void aKilledRunKeepsWhatItCheckedAndTheNextChecksOnlyTheRest(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE), "the corpus sample is not at " + SAMPLE + "; skipping the killed-run test");
        Path site = folder.resolve("site");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().limit(PAGES).toList();
        }
        for (Path page : pages) {
            Path copy = site.resolve("content/learn").resolve(SAMPLE.relativize(page));
            Files.createDirectories(copy.getParent());
            Files.copy(page, copy);
        }
        Files.writeString(site.resolve(".contentlint.yaml"), "extends: default\n");

        Path whole = folder.resolve("whole-run-cache");
        String expected = check(site, whole).waitForOutput();
        ProseCache.Contents complete = contents(whole);
        assertTrue(complete.texts() > 100, "a whole run caches the texts of " + PAGES + " pages: " + complete);

        Path killed = folder.resolve("killed-run-cache");
        Run run = check(site, killed);
        while (run.process.isAlive() && contents(killed).texts() < complete.texts() / 2) {
            Thread.sleep(50);
        }
        assertTrue(run.process.isAlive(), "the run ended before it was killed");
        run.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: nothing runs at exit
        ProseCache.Contents kept = contents(killed);
        assertTrue(kept.texts() >= complete.texts() / 2 && kept.texts() < complete.texts(), kept + " of " + complete);

        String resumed = check(site, killed).waitForOutput();
        ProseCache.Contents after = contents(killed);
        assertEquals(complete.texts(), after.texts());
        assertEquals(complete.texts() - kept.texts(), after.records() - kept.records(),
                "the run after the killed one checks only the texts that were not kept");
        assertEquals(expected, resumed);
    }

    private static ProseCache.Contents contents(Path cacheDirectory) throws IOException {
        if (!Files.isDirectory(cacheDirectory)) {
            return new ProseCache.Contents(0, 0);
        }
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            List<Path> prose = files.filter(f -> f.getFileName().toString().startsWith("prose-")).toList();
            assertTrue(prose.size() <= 1, "one prose cache file: " + prose);
            return prose.isEmpty() ? new ProseCache.Contents(0, 0) : ProseCache.contentsOf(prose.get(0));
        }
    }

    private record Run(Process process, Path output) {
        String waitForOutput() throws Exception {
            assertTrue(process.waitFor(600, TimeUnit.SECONDS), "the run did not end");
            assertEquals(1, process.exitValue(), "the pages have findings at error severity");
            return Files.readString(output);
        }
    }

    private static Run check(Path site, Path cache) throws IOException {
        Path output = Files.createTempFile(site.getParent(), "findings", ".txt");
        Process process = new ProcessBuilder(Path.of("bin/contentlint").toAbsolutePath().toString(), "check",
                "--format", "text", "--jobs", "1", "--cache-dir", cache.toString(), ".")
                .directory(site.toFile()).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new Run(process, output);
    }
}
