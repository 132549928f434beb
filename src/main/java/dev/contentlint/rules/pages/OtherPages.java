package dev.contentlint.rules.pages;

import dev.contentlint.index.PageIndex;
import java.util.List;
import java.util.stream.Collectors;

/** How findings name the other pages involved: a few paths, then how many more (the site rules use it too). */
public final class OtherPages {
    private static final int SHOWN = 3;

    private OtherPages() {}

    /** The pages other than the page in {@code file}. */
    static List<PageIndex.Entry> except(List<PageIndex.Entry> pages, java.nio.file.Path file) {
        // Asked for each page and each of its ids and urls, mostly of a list that holds only the page.
        String key = PageIndex.key(file);
        List<PageIndex.Entry> others = null;
        for (PageIndex.Entry page : pages) {
            if (!page.file().equals(key)) {
                others = others == null ? new java.util.ArrayList<>(pages.size()) : others;
                others.add(page);
            }
        }
        return others == null ? List.of() : others;
    }

    public static String list(PageIndex index, List<PageIndex.Entry> pages) {
        String shown = pages.stream().limit(SHOWN).map(index::displayPath).collect(Collectors.joining(", "));
        return pages.size() > SHOWN ? shown + " and " + (pages.size() - SHOWN) + " more" : shown;
    }
}
