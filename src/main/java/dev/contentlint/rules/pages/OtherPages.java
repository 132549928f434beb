package dev.contentlint.rules.pages;

import dev.contentlint.index.PageIndex;
import java.util.List;
import java.util.stream.Collectors;

/** How findings name the other pages involved: a few paths, then how many more. */
final class OtherPages {
    private static final int SHOWN = 3;

    private OtherPages() {}

    static List<PageIndex.Entry> except(List<PageIndex.Entry> pages, String path) {
        return pages.stream().filter(p -> !p.path().equals(path)).toList();
    }

    static String list(List<PageIndex.Entry> pages) {
        String shown = pages.stream().limit(SHOWN).map(PageIndex.Entry::path).collect(Collectors.joining(", "));
        return pages.size() > SHOWN ? shown + " and " + (pages.size() - SHOWN) + " more" : shown;
    }
}
