package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.Range;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every LanguageTool match on the real sample corpus, placed in the file, holds exactly the
 * characters that LanguageTool flagged: reading the file's span back through the mapping gives
 * the flagged text, and the file's own characters there are that text as YAML writes it.
 */
class ProsePositionsTest {
    private static final Path SAMPLE = Path.of("../shared/corpus/sample").toAbsolutePath().normalize();

    @Test
    void everyMatchOnTheSampleCorpusPointsAtTheFlaggedText() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "the sample corpus is not at ../shared/corpus/sample");
        Config config = ConfigLoader.load(null, SAMPLE);
        List<Path> files = PageFiles.collect(List.of(SAMPLE), config.root(), config.pathFilter());
        // Every LanguageTool rule, and every unknown word, so that the test sees as many matches as it can.
        var all = new dev.contentlint.config.ProseSettings(config.prose().fields(), "en-US",
                dev.contentlint.config.Vocabulary.EMPTY, List.of(), List.of(), 1, true, false, 0, 0);
        ProseService prose = new ProseService(all, ProseCache.inMemory(all.fingerprint(), "test"));
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger matches = new AtomicInteger();
        AtomicInteger crossing = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.submit(() -> files.parallelStream().forEach(file -> {
            Page page = new PageReader(PageReader.DEFAULT_MAX_BYTES).read(file, file.toString()).page();
            for (ProseSegment segment : ProseSegment.of(page, all.fields())) {
                for (ProseMatch match : prose.matches(segment.text())) {
                    matches.incrementAndGet();
                    String flagged = segment.text().substring(match.from(), match.to());
                    Range range = segment.fileRange(match.from(), match.to());
                    String inFile = page.text().substring(range.start(), range.end());
                    if (!readBack(segment, range).equals(flagged)) {
                        problems.add(file + " " + match.ruleId() + ": read back '" + readBack(segment, range)
                                + "' but flagged '" + flagged + "'");
                    }
                    if (!inFile.equals(flagged)) {
                        crossing.incrementAndGet(); // spans a folded line or an escape
                        if (!asYamlWrites(flagged).equals(asYamlWrites(inFile))) {
                            problems.add(file + " " + match.ruleId() + ": file has '" + inFile + "' for '" + flagged + "'");
                        }
                    }
                }
            }
        })).get();
        pool.shutdown();
        // 662 matches before the spelling and foreign-paragraph filters, 500 after them.
        assertTrue(matches.get() >= 400, "too few matches to prove anything: " + matches);
        assertEquals(List.of(), problems, problems.size() + " of " + matches + " matches are misplaced");
        System.out.printf("prose positions: %d matches on %d pages, %d spanning a line fold or escape%n",
                matches.get(), files.size(), crossing.get());
    }

    /** The segment's characters whose file characters lie inside {@code range}. */
    private static String readBack(ProseSegment segment, Range range) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segment.text().length(); i++) {
            Range at = segment.fileRange(i, i + 1);
            if (at.start() >= range.start() && at.end() <= range.end()) {
                out.append(segment.text().charAt(i));
            }
        }
        return out.toString();
    }

    /** Text compared the way YAML may write it: an escape is a line break, and any whitespace run one space. */
    private static String asYamlWrites(String text) {
        return text.replace("\\n", "\n").replaceAll("\\s+", " ");
    }
}
