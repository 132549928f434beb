package dev.contentlint.site;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.engine.Finding;
import dev.contentlint.index.PageIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The audit's view of the site as a whole, from the site rules' findings and the index's link
 * graph: the groups of pages that share an SEO title, a title or a description; the clusters of
 * near-duplicate texts with their similarity; the orphans; how many pages have each number of
 * inbound links; and, when {@code orphan-page} names a hub, the pages too many clicks from it.
 * Findings that a selection, a suppression or a baseline left out are not in it.
 */
public record SiteView(Map<String, List<Group>> duplicateGroups, List<Cluster> nearDuplicates, List<String> orphans,
        Map<Integer, Integer> inboundHistogram, Depth depth) {
    /** The duplicate rules, in the order the view shows them. */
    public static final List<String> DUPLICATE_RULES = List.of("duplicate-seo-title", "duplicate-title",
            "duplicate-description");

    /** Pages that share one value (as the rule compares it). */
    public record Group(String value, List<String> pages) {}

    /** Pages whose texts are near duplicates of each other, linked pair by pair, and the pairs' similarities. */
    public record Cluster(List<String> pages, double lowest, double highest) {}

    /** How many pages are more than {@code maxClicks} clicks from the hub, or out of its reach. */
    public record Depth(String hub, int maxClicks, int fartherPages) {}

    /** The view of a run; null parts for rules that did not run, and no histogram without an index. */
    public static SiteView of(List<Finding> findings, PageIndex index, Config config) {
        Map<String, List<Group>> groups = new LinkedHashMap<>();
        for (String rule : DUPLICATE_RULES) {
            if (ran(config, rule)) {
                groups.put(rule, groups(findings, rule));
            }
        }
        List<Cluster> clusters = ran(config, "duplicate-content") ? clusters(findings) : null;
        List<String> orphans = ran(config, "orphan-page")
                ? findings.stream().filter(f -> f.ruleId().equals("orphan-page")).map(Finding::path).sorted().toList()
                : null;
        Map<Integer, Integer> histogram = null;
        Depth depth = null;
        if (index != null && ran(config, "orphan-page")) {
            SiteGraph graph = SiteGraph.of(index);
            histogram = new TreeMap<>();
            int[] counts = graph.inboundHistogram();
            for (int links = 0; links < counts.length; links++) {
                if (counts[links] > 0) {
                    histogram.put(links, counts[links]);
                }
            }
            ConfiguredRule orphan = rule(config, "orphan-page");
            String hub = orphan.options().string("hub");
            if (hub != null && !hub.isBlank()) {
                int maxClicks = orphan.options().integer("max-clicks");
                List<PageIndex.Entry> far = graph.fartherThan(hub, maxClicks);
                depth = new Depth(hub, maxClicks, far == null ? -1 : far.size());
            }
        }
        return new SiteView(groups, clusters, orphans, histogram, depth);
    }

    /** Whether the view has anything to show: some site rule ran. */
    public boolean isEmpty() {
        return duplicateGroups.isEmpty() && nearDuplicates == null && orphans == null;
    }

    private static boolean ran(Config config, String rule) {
        return rule(config, rule) != null;
    }

    private static ConfiguredRule rule(Config config, String id) {
        return config.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** The rule's findings grouped by the value they share, the largest group first. */
    private static List<Group> groups(List<Finding> findings, String rule) {
        Map<String, TreeSet<String>> byValue = new HashMap<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(rule) && f.properties().get("value") instanceof String value) {
                byValue.computeIfAbsent(value, k -> new TreeSet<>()).add(f.path());
            }
        }
        List<Group> groups = new ArrayList<>();
        byValue.forEach((value, pages) -> groups.add(new Group(value, List.copyOf(pages))));
        groups.sort(Comparator.comparingInt((Group g) -> g.pages().size()).reversed().thenComparing(Group::value));
        return groups;
    }

    /** The connected groups of near-duplicate pairs, the largest first. */
    private static List<Cluster> clusters(List<Finding> findings) {
        Map<String, String> parent = new HashMap<>();
        Map<String, double[]> range = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.ruleId().equals("duplicate-content") || !(f.properties().get("similar") instanceof List<?> similar)) {
                continue;
            }
            for (Object each : similar) {
                if (each instanceof Map<?, ?> pair && pair.get("path") instanceof String other
                        && pair.get("similarity") instanceof Number similarity) {
                    union(parent, f.path(), other);
                    pairs.add(new String[] {f.path(), other});
                    similarities.add(similarity.doubleValue());
                }
            }
        }
        Map<String, TreeSet<String>> members = new HashMap<>();
        for (String page : parent.keySet()) {
            members.computeIfAbsent(find(parent, page), k -> new TreeSet<>()).add(page);
        }
        for (int i = 0; i < pairs.size(); i++) {
            double s = similarities.get(i);
            range.merge(find(parent, pairs.get(i)[0]), new double[] {s, s},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Cluster> clusters = new ArrayList<>();
        members.forEach((root, pages) -> clusters.add(new Cluster(List.copyOf(pages), range.get(root)[0],
                range.get(root)[1])));
        clusters.sort(Comparator.comparingInt((Cluster c) -> c.pages().size()).reversed()
                .thenComparing(c -> c.pages().get(0)));
        return clusters;
    }

    private static String find(Map<String, String> parent, String page) {
        String root = page;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(page, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
