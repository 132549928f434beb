package dev.contentlint.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An index with one entry replaced answers every question as an index built from its entries does. */
class PageIndexReplacedTest {
    private static final List<String> URLS = List.of("/a", "/b", "/c", "/d");
    private static final List<String> IDS = List.of("1", "2", "3");
    private static final List<String> SUBJECTS = List.of("Computer science", "Computer Science", "Biology", "biology");

    @Test
    void replacingAnEntryIsBuildingTheIndexAgain() {
        Random random = new Random(3);
        List<PageIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(entry(random, "/site/p" + i + ".md"));
        }
        PageIndex index = new PageIndex(entries, Function.identity());
        for (int step = 0; step < 300; step++) {
            int k = random.nextInt(entries.size() + 1);
            PageIndex.Entry before = k < entries.size() ? entries.get(k) : null;
            PageIndex.Entry after = random.nextInt(5) == 0 ? null : entry(random, before != null ? before.file()
                    : "/site/new" + step + ".md");
            if (before != null && after != null) {
                entries.set(k, after);
            } else if (before != null) {
                entries.remove(k);
            } else if (after != null) {
                entries.add(after);
            }
            index = index.replaced(before, after);
            PageIndex built = new PageIndex(entries, Function.identity());
            assertEquals(built.entries(), index.entries());
            for (String url : URLS) {
                assertEquals(built.pagesWithUrl(url), index.pagesWithUrl(url), "url " + url + " at step " + step);
            }
            for (String id : IDS) {
                assertEquals(built.pagesWithId(id), index.pagesWithId(id), "id " + id + " at step " + step);
            }
            for (String subject : SUBJECTS) {
                assertEquals(built.spellingsOf(subject), index.spellingsOf(subject), subject + " at step " + step);
                assertEquals(built.majoritySpelling(subject), index.majoritySpelling(subject));
            }
        }
    }

    private static PageIndex.Entry entry(Random random, String file) {
        return new PageIndex.Entry(file, pick(random, IDS), pick(random, URLS), "Title " + random.nextInt(3),
                pick(random, SUBJECTS));
    }

    private static String pick(Random random, List<String> values) {
        int k = random.nextInt(values.size() + 1);
        return k == values.size() ? null : values.get(k);
    }
}
