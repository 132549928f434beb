package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.index.PageIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages with the same text find each other through the bands of their signatures, and only they. */
class NearDuplicatesTest {
    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append("w").append(random.nextInt(5000)).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void everyPageWithTheSameTextIsFoundAndNoOther() {
        Random random = new Random(16);
        String shared = text(random, 120);
        String other = text(random, 150);
        List<PageIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String answer = i % 10 == 3 ? shared : i == 7 || i == 8 ? other : text(random, 100);
            entries.add(SiteGraphTest.entry("p" + i, answer));
        }
        NearDuplicates finder = NearDuplicates.of(new PageIndex(entries, file -> file), 0.9);
        for (int i = 0; i < entries.size(); i++) {
            List<String> found = finder.of(entries.get(i), List::of, SiteGraphTest.ROLES).stream()
                    .map(s -> s.page().file().replaceAll(".*/|\\.md", "") + "=" + s.jaccard()).toList();
            List<String> expected = new ArrayList<>();
            if (i % 10 == 3) {
                for (int j = 3; j < 40; j += 10) {
                    if (j != i) {
                        expected.add("p" + j + "=1.0");
                    }
                }
            } else if (i == 7 || i == 8) {
                expected.add("p" + (15 - i) + "=1.0");
            }
            expected.sort(java.util.Comparator.comparing(s -> "/site/" + s.substring(0, s.indexOf('=')) + ".md"));
            assertEquals(expected, found, "p" + i); // equally similar pages come in file order
        }
    }
}
