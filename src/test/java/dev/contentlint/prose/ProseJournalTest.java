package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prose cache as a journal: written as results come, readable by another run at once, compacted when mostly repeats. */
class ProseJournalTest {
    private static final List<ProseMatch> MATCHES = List.of(
            new ProseMatch(true, "MORFOLOGIK_RULE_EN_US", "TYPOS", 3, 7, "Possible spelling mistake found.", List.of("the")));

    @Test
    void aBatchOfResultsIsWrittenWithoutWaitingForTheEndOfTheRun(@TempDir Path dir) {
        ProseCache cache = ProseCache.open(dir, "settings", "1.0");
        for (int i = 0; i < ProseCache.BATCH; i++) {
            cache.put(cache.key("SENTENCES", "Text " + i), MATCHES);
        }
        ProseCache other = ProseCache.open(dir, "settings", "1.0"); // a run that starts now, before any flush
        assertEquals(ProseCache.BATCH, other.size());
        assertEquals(MATCHES, other.get(other.key("SENTENCES", "Text 5")));
    }

    @Test
    void aJournalOfRepeatsIsCompactedOnLoad(@TempDir Path dir) throws IOException {
        // Four runs in parallel, each started before any wrote, check the same 100 texts.
        List<ProseCache> runs = List.of(ProseCache.open(dir, "settings", "1.0"), ProseCache.open(dir, "settings", "1.0"),
                ProseCache.open(dir, "settings", "1.0"), ProseCache.open(dir, "settings", "1.0"));
        for (ProseCache run : runs) {
            for (int i = 0; i < 100; i++) {
                run.put(run.key("TEXT", "Text " + i), MATCHES);
            }
            run.flush();
        }
        Path journal = runs.get(0).file();
        assertEquals(new ProseCache.Contents(400, 100), ProseCache.contentsOf(journal));
        long before = Files.size(journal);
        ProseCache loaded = ProseCache.open(dir, "settings", "1.0");
        assertEquals(100, loaded.size());
        assertEquals(new ProseCache.Contents(100, 100), ProseCache.contentsOf(journal));
        assertTrue(Files.size(journal) < before / 3, Files.size(journal) + " bytes of " + before);
        assertEquals(MATCHES, ProseCache.open(dir, "settings", "1.0").get(loaded.key("TEXT", "Text 99")));
    }
}
