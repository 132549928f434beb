package dev.contentlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import dev.contentlint.site.SiteView;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an audit of a whole repository says: totals by severity, by rule and by folder, and the
 * pages with the most findings (every page with findings is kept, in no order, for the HTML
 * report, which lists them all in {@link #pagesByFindings} order). Folders are the first folder
 * below the pages' common parent, so a site laid out as {@code content/learn/<subject>/…} is
 * summed per subject.
 */
public record AuditSummary(int pages, int pagesWithFindings, Map<Severity, Long> bySeverity, List<RuleTotal> byRule,
        List<FolderTotal> byFolder, List<PageTotal> pageTotals, int worst, long elapsedMillis, SiteView site) {

    /** How many pages of a group or cluster the text summary names. */
    static final int PAGES_SHOWN = 3;
    /** How many groups or clusters per rule the text summary lists. */
    static final int GROUPS_SHOWN = 5;

    /** The same summary with the site's view; a view with nothing in it is left out. */
    public AuditSummary withSite(SiteView view) {
        return new AuditSummary(pages, pagesWithFindings, bySeverity, byRule, byFolder, pageTotals, worst, elapsedMillis,
                view == null || view.isEmpty() ? null : view);
    }

    /** The rules by the number of pages they report on, most first: what the site view ranks. */
    public List<RuleTotal> byPagesAffected() {
        List<RuleTotal> sorted = new ArrayList<>(byRule);
        sorted.sort(Comparator.comparingInt(RuleTotal::pages).reversed().thenComparing(RuleTotal::rule));
        return sorted;
    }

    /**
     * The pages with the most findings, as many as the summary lists, in {@link #pagesByFindings}
     * order: picked from all of them without sorting them all, which only the HTML report needs.
     */
    public List<PageTotal> worstPages() {
        int n = Math.min(worst, pageTotals.size());
        if (n == 0) {
            return List.of();
        }
        java.util.PriorityQueue<PageTotal> kept = new java.util.PriorityQueue<>(n, BY_FINDINGS.reversed());
        for (PageTotal page : pageTotals) {
            if (kept.size() < n) {
                kept.add(page);
            } else if (BY_FINDINGS.compare(page, kept.peek()) < 0) {
                kept.poll();
                kept.add(page);
            }
        }
        List<PageTotal> pages = new ArrayList<>(kept);
        pages.sort(BY_FINDINGS);
        return pages;
    }

    /** Every page with findings, the most findings first, then the most errors, then by path. */
    public List<PageTotal> pagesByFindings() {
        List<PageTotal> pages = new ArrayList<>(pageTotals);
        pages.sort(BY_FINDINGS);
        return pages;
    }

    /** Written out: a chain of comparators was a third of this summary's time on 36,000 pages. */
    private static final Comparator<PageTotal> BY_FINDINGS = (a, b) -> {
        int byTotal = Long.compare(b.findings().total(), a.findings().total());
        if (byTotal != 0) {
            return byTotal;
        }
        int byErrors = Long.compare(b.findings().errors(), a.findings().errors());
        return byErrors != 0 ? byErrors : a.path().compareTo(b.path());
    };

    public record Counts(long errors, long warnings, long info) {
        long total() {
            return errors + warnings + info;
        }
    }

    public record RuleTotal(String rule, Severity severity, long findings, int pages) {}

    /** A folder's pages, those of them with findings, and their findings. */
    public record FolderTotal(String folder, int pages, int pagesWithFindings, Counts findings) {}

    public record PageTotal(String path, Counts findings) {}

    private static final Counts NONE = new Counts(0, 0, 0);

    /**
     * @param pagePaths   every page checked, as findings name them
     * @param worst       how many pages to list
     * @param wallMillis  the audit's wall time, indexing included
     */
    public static AuditSummary of(RunResult result, List<String> pagePaths, int worst, long wallMillis) {
        // One look-up of the rule and (for a page's first finding, as a run lists them together) one
        // of the page per finding: the summary is made on one thread after the check.
        long[] severities = new long[Severity.values().length];
        Map<String, RuleTally> rules = new HashMap<>();
        Map<String, long[]> bySeverityOfPage = new HashMap<>();
        String lastPath = null;
        long[] lastCounts = null;
        for (Finding f : result.findings()) {
            RuleTally rule = rules.computeIfAbsent(f.ruleId(), id -> new RuleTally(f.severity()));
            rule.findings++;
            if (!f.path().equals(rule.lastPage)) {
                rule.pages.add(f.path());
                rule.lastPage = f.path();
            }
            if (!f.path().equals(lastPath)) {
                lastPath = f.path();
                lastCounts = bySeverityOfPage.computeIfAbsent(lastPath, path -> new long[severities.length]);
            }
            lastCounts[f.severity().ordinal()]++;
            severities[f.severity().ordinal()]++;
        }
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, severities[severity.ordinal()]);
        }
        Map<String, Counts> perPage = new HashMap<>(bySeverityOfPage.size() * 2);
        bySeverityOfPage.forEach((path, counts) -> perPage.put(path, new Counts(counts[Severity.ERROR.ordinal()],
                counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()])));
        List<RuleTotal> byRule = new ArrayList<>();
        rules.forEach((id, rule) -> byRule.add(new RuleTotal(id, rule.severity, rule.findings, rule.pages.size())));
        byRule.sort(Comparator.comparingLong(RuleTotal::findings).reversed().thenComparing(RuleTotal::rule));

        String parent = commonParent(pagePaths);
        Map<String, Integer> folderPages = new TreeMap<>();
        Map<String, Integer> folderPagesWithFindings = new HashMap<>();
        Map<String, Counts> folderFindings = new TreeMap<>();
        for (String path : pagePaths) {
            String folder = folderOf(path, parent);
            folderPages.merge(folder, 1, Integer::sum);
            Counts counts = perPage.getOrDefault(path, NONE);
            folderPagesWithFindings.merge(folder, counts.total() > 0 ? 1 : 0, Integer::sum);
            folderFindings.merge(folder, counts, AuditSummary::add);
        }
        List<FolderTotal> byFolder = new ArrayList<>();
        folderPages.forEach((folder, count) -> byFolder.add(new FolderTotal(folder, count,
                folderPagesWithFindings.get(folder), folderFindings.get(folder))));
        byFolder.sort(Comparator.comparingLong((FolderTotal t) -> t.findings().total()).reversed()
                .thenComparing(FolderTotal::folder));

        List<PageTotal> pages = new ArrayList<>(perPage.size());
        perPage.forEach((path, counts) -> pages.add(new PageTotal(path, counts)));
        return new AuditSummary(pagePaths.size(), perPage.size(), bySeverity, byRule, byFolder,
                pages, worst, wallMillis, null);
    }

    /** A rule's findings so far: how many, the first one's severity, and the pages (the last one apart, to skip a look-up). */
    private static final class RuleTally {
        final Severity severity;
        final Set<String> pages = new HashSet<>();
        long findings;
        String lastPage;

        RuleTally(Severity severity) {
            this.severity = severity;
        }
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.errors() + b.errors(), a.warnings() + b.warnings(), a.info() + b.info());
    }

    /** The longest folder prefix that every path shares, with its trailing '/', or "". */
    static String commonParent(List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        String prefix = paths.get(0);
        for (String path : paths) {
            int i = 0;
            while (i < prefix.length() && i < path.length() && prefix.charAt(i) == path.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }

    /** The first folder of the path below {@code parent}; for a page that sits in it, the parent's own name. */
    static String folderOf(String path, String parent) {
        String rest = path.substring(parent.length());
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            return rest.substring(0, slash);
        }
        String folder = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
        return folder.isEmpty() ? "." : folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** The summary as plain text, for a terminal. */
    public void writeText(Writer out) throws IOException {
        long total = bySeverity.values().stream().mapToLong(Long::longValue).sum();
        out.write(String.format("Audit of %s: %s (%s) on %s, in %.1f s%n", count(pages, "page"), count(total, "finding"),
                severities(new Counts(bySeverity.get(Severity.ERROR), bySeverity.get(Severity.WARNING),
                        bySeverity.get(Severity.INFO))), count(pagesWithFindings, "page"), elapsedMillis / 1000.0));
        out.write(String.format("%nBy rule%n"));
        int width = Math.max(4, byRule.stream().mapToInt(r -> r.rule().length()).max().orElse(4));
        for (RuleTotal rule : byRule) {
            out.write(String.format("  %-" + width + "s  %-7s  %19s on %s%n", rule.rule(),
                    rule.severity().name().toLowerCase(Locale.ROOT), count(rule.findings(), "finding"),
                    count(rule.pages(), "page")));
        }
        out.write(String.format("%nBy folder%n"));
        int folderWidth = Math.max(6, byFolder.stream().mapToInt(f -> f.folder().length()).max().orElse(6));
        for (FolderTotal folder : byFolder) {
            out.write(String.format("  %-" + folderWidth + "s  %13s  %19s on %13s (%s)%n", folder.folder(),
                    count(folder.pages(), "page"), count(folder.findings().total(), "finding"),
                    count(folder.pagesWithFindings(), "page"), severities(folder.findings())));
        }
        out.write(String.format("%nPages with the most findings%n"));
        for (PageTotal page : worstPages()) {
            out.write(String.format("  %,7d  (%s)  %s%n", page.findings().total(), severities(page.findings()),
                    page.path()));
        }
        if (site != null) {
            writeSiteText(out);
        }
        out.flush();
    }

    private void writeSiteText(Writer out) throws IOException {
        out.write(String.format("%nSite%n"));
        site.duplicateGroups().forEach((rule, groups) -> {
            try {
                int grouped = groups.stream().mapToInt(g -> g.pages().size()).sum();
                out.write(String.format("  %s: %s in %s%n", rule, count(grouped, "page"), count(groups.size(), "group")));
                for (SiteView.Group group : groups.subList(0, Math.min(GROUPS_SHOWN, groups.size()))) {
                    out.write(String.format("    %,7d  \"%s\": %s%n", group.pages().size(), group.value(),
                            shown(group.pages())));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (site.nearDuplicates() != null) {
            List<SiteView.Cluster> clusters = site.nearDuplicates();
            out.write(String.format("  duplicate-content: %s in %s of near-duplicate texts%n",
                    count(clusters.stream().mapToInt(c -> c.pages().size()).sum(), "page"), count(clusters.size(), "cluster")));
            for (SiteView.Cluster cluster : clusters.subList(0, Math.min(GROUPS_SHOWN, clusters.size()))) {
                out.write(String.format("    %,7d  %s: %s%n", cluster.pages().size(), similarity(cluster),
                        shown(cluster.pages())));
            }
        }
        if (site.orphans() != null) {
            out.write(String.format("  orphan-page: %s that no other page links to%n", count(site.orphans().size(), "page")));
        }
        if (site.inboundHistogram() != null) {
            out.write("  inbound links per page:");
            for (Map.Entry<Integer, Integer> bucket : site.inboundHistogram().entrySet()) {
                out.write(String.format(" %d: %,d", bucket.getKey(), bucket.getValue()));
            }
            out.write(System.lineSeparator());
        }
        if (site.depth() != null) {
            out.write(site.depth().fartherPages() < 0
                    ? String.format("  hub %s: no page has this url%n", site.depth().hub())
                    : String.format("  %s more than %d clicks from the hub %s, or out of its reach%n",
                            count(site.depth().fartherPages(), "page"), site.depth().maxClicks(), site.depth().hub()));
        }
        out.write(String.format("  rules by pages affected:%n"));
        for (RuleTotal rule : byPagesAffected()) {
            out.write(String.format("    %,7d  %s%n", rule.pages(), rule.rule()));
        }
    }

    /** A cluster's similarity: one percent, or the range of its pairs'. */
    static String similarity(SiteView.Cluster cluster) {
        String low = percent(cluster.lowest());
        String high = percent(cluster.highest());
        return low.equals(high) ? low + " the same" : low + " to " + high + " the same";
    }

    private static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }

    private static String shown(List<String> pages) {
        String listed = String.join(", ", pages.subList(0, Math.min(PAGES_SHOWN, pages.size())));
        return pages.size() > PAGES_SHOWN ? listed + String.format(" and %,d more", pages.size() - PAGES_SHOWN) : listed;
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String severities(Counts counts) {
        return count(counts.errors(), "error") + ", " + count(counts.warnings(), "warning") + ", "
                + String.format("%,d info", counts.info());
    }

    /** The same summary as JSON data. */
    public void writeJson(Writer out, String toolVersion) throws IOException {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("tool", "contentlint");
        root.put("version", toolVersion);
        root.put("pages", pages);
        root.put("pagesWithFindings", pagesWithFindings);
        root.put("elapsedMillis", elapsedMillis);
        ObjectNode severities = root.putObject("findings");
        severities.put("total", bySeverity.values().stream().mapToLong(Long::longValue).sum());
        bySeverity.forEach((severity, count) -> severities.put(severity.name().toLowerCase(Locale.ROOT), count));
        ArrayNode rules = root.putArray("byRule");
        for (RuleTotal rule : byRule) {
            rules.addObject().put("rule", rule.rule()).put("severity", rule.severity().name().toLowerCase(Locale.ROOT))
                    .put("findings", rule.findings()).put("pages", rule.pages());
        }
        ArrayNode folders = root.putArray("byFolder");
        for (FolderTotal folder : byFolder) {
            counts(folders.addObject().put("folder", folder.folder()).put("pages", folder.pages())
                    .put("pagesWithFindings", folder.pagesWithFindings()), folder.findings());
        }
        ArrayNode worst = root.putArray("worstPages");
        for (PageTotal page : worstPages()) {
            counts(worst.addObject().put("path", page.path()), page.findings());
        }
        if (site != null) {
            writeSiteJson(root.putObject("site"));
        }
        out.write(JsonOutput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.write('\n');
        out.flush();
    }

    /** The site view as JSON: every group, cluster and orphan, with all their pages (docs/json-format.md). */
    private void writeSiteJson(ObjectNode node) {
        ObjectNode duplicates = node.putObject("duplicates");
        site.duplicateGroups().forEach((rule, groups) -> {
            ObjectNode of = duplicates.putObject(rule);
            of.put("pages", groups.stream().mapToInt(g -> g.pages().size()).sum()).put("groups", groups.size());
            ArrayNode list = of.putArray("groupsBySize");
            for (SiteView.Group group : groups) {
                ObjectNode g = list.addObject().put("value", group.value()).put("pages", group.pages().size());
                group.pages().forEach(g.putArray("paths")::add);
            }
        });
        if (site.nearDuplicates() != null) {
            ObjectNode near = node.putObject("nearDuplicates");
            near.put("pages", site.nearDuplicates().stream().mapToInt(c -> c.pages().size()).sum())
                    .put("clusters", site.nearDuplicates().size());
            ArrayNode list = near.putArray("clustersBySize");
            for (SiteView.Cluster cluster : site.nearDuplicates()) {
                ObjectNode c = list.addObject().put("pages", cluster.pages().size())
                        .put("lowestSimilarity", cluster.lowest()).put("highestSimilarity", cluster.highest());
                cluster.pages().forEach(c.putArray("paths")::add);
            }
        }
        if (site.orphans() != null) {
            ObjectNode orphans = node.putObject("orphans");
            orphans.put("pages", site.orphans().size());
            site.orphans().forEach(orphans.putArray("paths")::add);
        }
        if (site.inboundHistogram() != null) {
            ArrayNode histogram = node.putArray("inboundLinks");
            site.inboundHistogram().forEach((links, pages) -> histogram.addObject().put("links", links).put("pages", pages));
        }
        if (site.depth() != null) {
            node.putObject("depth").put("hub", site.depth().hub()).put("maxClicks", site.depth().maxClicks())
                    .put("fartherPages", site.depth().fartherPages());
        }
        ArrayNode rules = node.putArray("rulesByPages");
        for (RuleTotal rule : byPagesAffected()) {
            rules.addObject().put("rule", rule.rule()).put("pages", rule.pages()).put("findings", rule.findings());
        }
    }

    private static void counts(ObjectNode node, Counts counts) {
        node.put("findings", counts.total()).put("errors", counts.errors()).put("warnings", counts.warnings())
                .put("info", counts.info());
    }
}
