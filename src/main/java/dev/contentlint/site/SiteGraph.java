package dev.contentlint.site;

import dev.contentlint.index.PageIndex;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's link graph, from the index: which pages each page links to through its related
 * links and its Markdown links to site paths, resolved by {@link LinkTargets}, and so how many
 * other pages link to each page. A page's links to itself do not count.
 */
public final class SiteGraph {
    private final PageIndex index;
    private final Map<String, PageIndex.Entry> byFile = new HashMap<>();
    private final Map<String, Set<String>> outbound = new HashMap<>();
    private final Map<String, Integer> inbound = new HashMap<>();

    private SiteGraph(PageIndex index) {
        this.index = index;
        for (PageIndex.Entry entry : index.entries()) {
            byFile.put(entry.file(), entry);
        }
        // The links are resolved side by side: the workers wait for the graph before they check pages.
        List<PageIndex.Entry> entries = index.entries();
        List<Set<String>> targets = java.util.stream.IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> targets(index, entries.get(i))).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (targets.get(i) != null) {
                outbound.put(entries.get(i).file(), targets.get(i));
                targets.get(i).forEach(target -> inbound.merge(target, 1, Integer::sum));
            }
        }
    }

    /** The other pages that the entry's links lead to, in order; null when the index has no site facts of it. */
    private static Set<String> targets(PageIndex index, PageIndex.Entry entry) {
        if (entry.site() == null) {
            return null;
        }
        Set<String> targets = new LinkedHashSet<>();
        for (String link : entry.site().links()) {
            for (PageIndex.Entry target : LinkTargets.resolve(index, link)) {
                if (!target.file().equals(entry.file())) {
                    targets.add(target.file());
                }
            }
        }
        return targets;
    }

    /** The graph of the index, made once a run. */
    public static SiteGraph of(PageIndex index) {
        return index.derived(SiteGraph.class, SiteGraph::new);
    }

    /** The index entry of a page file; null when the index does not have it. */
    public PageIndex.Entry entry(Path file) {
        return byFile.get(PageIndex.key(file));
    }

    /** How many other pages link to the page. */
    public int inbound(PageIndex.Entry page) {
        return inbound.getOrDefault(page.file(), 0);
    }

    /** How many pages have each number of inbound links, from 0 to the most any page has. */
    public int[] inboundHistogram() {
        int most = inbound.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] histogram = new int[most + 1];
        for (PageIndex.Entry entry : index.entries()) {
            histogram[inbound(entry)]++;
        }
        return histogram;
    }

    /**
     * The pages that following links from the pages at {@code hubUrl} takes more than
     * {@code maxClicks} clicks to reach, or never reaches; null when no page has that url.
     */
    public List<PageIndex.Entry> fartherThan(String hubUrl, int maxClicks) {
        List<PageIndex.Entry> hubs = LinkTargets.resolve(index, LinkTargets.normalize(hubUrl));
        if (hubs.isEmpty()) {
            return null;
        }
        Map<String, Integer> clicks = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (PageIndex.Entry hub : hubs) {
            clicks.put(hub.file(), 0);
            queue.add(hub.file());
        }
        while (!queue.isEmpty()) {
            String page = queue.poll();
            int next = clicks.get(page) + 1;
            for (String target : outbound.getOrDefault(page, Set.of())) {
                if (clicks.putIfAbsent(target, next) == null) {
                    queue.add(target);
                }
            }
        }
        List<PageIndex.Entry> far = new ArrayList<>();
        for (PageIndex.Entry entry : index.entries()) {
            Integer reached = clicks.get(entry.file());
            if (reached == null || reached > maxClicks) {
                far.add(entry);
            }
        }
        return far;
    }
}
