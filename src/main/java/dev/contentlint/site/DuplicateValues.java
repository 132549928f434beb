package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The check that {@code duplicate-seo-title}, {@code duplicate-title} and
 * {@code duplicate-description} share: a field whose value, compared without case and
 * spacing by default, other pages of the index share. One finding per page, naming how many
 * other pages share it and a few of them.
 */
final class DuplicateValues {
    static final String IGNORE_CASE = "ignore-case";
    static final String IGNORE_WHITESPACE = "ignore-whitespace";
    /** How many of the other pages a finding names, as duplicate-id's do. */
    private static final int SHOWN = 3;

    /** The pages of the index by value, folded as the options say; made once per index and setting. */
    private record Key(FieldRole role, boolean ignoreCase, boolean ignoreWhitespace) {}

    private DuplicateValues() {}

    static void check(Page page, RuleContext context, FieldRole role, String label,
            Function<PageIndex.Entry, String> valueOf) {
        PageIndex index = context.index();
        String path = context.fields().path(role).orElse(null);
        String value = path == null ? null : PageIndex.value(page.frontMatter(), context.fields(), role);
        if (index == null || value == null) {
            return;
        }
        boolean ignoreCase = context.options().bool(IGNORE_CASE);
        boolean ignoreWhitespace = context.options().bool(IGNORE_WHITESPACE);
        Groups groups = groups(index, role, valueOf, ignoreCase, ignoreWhitespace);
        // The page's value as the index has it (nearly always) finds its group without folding it again.
        Group group = groups.byWritten().get(value);
        String folded = group != null ? group.folded : fold(value, ignoreCase, ignoreWhitespace);
        group = group != null ? group : groups.byFolded().get(folded);
        if (group == null) {
            return;
        }
        // A group can hold thousands of pages (one SEO title on 4,444): its size less this page is
        // the count, and only the first few others are looked at, to be named.
        String own = PageIndex.key(page.file());
        PageIndex.Entry indexed = SiteGraph.of(index).entry(page.file());
        String indexedValue = indexed == null ? null : valueOf.apply(indexed);
        boolean inGroup = indexedValue != null
                && (indexedValue.equals(value) || fold(indexedValue, ignoreCase, ignoreWhitespace).equals(folded));
        int others = group.entries.size() - (inGroup ? 1 : 0);
        if (others == 0) {
            return;
        }
        YamlScalar scalar = page.frontMatter().scalar(path).orElseThrow();
        context.report(path, scalar.contentRange(), label + " '" + value + "' is also the " + label + " of "
                + group.others(index, own, inGroup, others), null,
                FindingProperties.of("value", folded, "pages", others + 1));
    }

    /** Makes the groups and the link graph that {@link #check} reads, before the pages are checked. */
    static void prepare(PageIndex index, RuleOptions options, FieldRole role,
            Function<PageIndex.Entry, String> valueOf) {
        groups(index, role, valueOf, options.bool(IGNORE_CASE), options.bool(IGNORE_WHITESPACE));
        SiteGraph.of(index);
    }

    private static Groups groups(PageIndex index, FieldRole role, Function<PageIndex.Entry, String> valueOf,
            boolean ignoreCase, boolean ignoreWhitespace) {
        return index.derived(new Key(role, ignoreCase, ignoreWhitespace),
                whole -> group(whole, valueOf, ignoreCase, ignoreWhitespace));
    }

    /** The groups of the index by folded value, and by each value as written. */
    private record Groups(Map<String, Group> byFolded, Map<String, Group> byWritten) {}

    /** The pages that share one value, in index order. */
    private static final class Group {
        private final String folded;
        private final List<PageIndex.Entry> entries = new ArrayList<>(2);
        /** {@link #others} for a page of the group that is not among the first few, made once: the same for most pages. */
        private volatile String othersOfMost;

        Group(String folded) {
            this.folded = folded;
        }

        /** "N other pages: a, b, c and M more", as the finding of the page {@code own} says it. */
        String others(PageIndex index, String own, boolean inGroup, int others) {
            boolean named = false;
            for (int i = 0; i < Math.min(SHOWN, entries.size()); i++) {
                named |= entries.get(i).file().equals(own);
            }
            if (named || !inGroup) {
                return describe(index, own, others);
            }
            String known = othersOfMost;
            if (known == null) {
                known = describe(index, own, others);
                othersOfMost = known;
            }
            return known;
        }

        private String describe(PageIndex index, String own, int others) {
            List<PageIndex.Entry> named = new ArrayList<>(SHOWN);
            for (int i = 0; i < entries.size() && named.size() < SHOWN; i++) {
                if (!entries.get(i).file().equals(own)) {
                    named.add(entries.get(i));
                }
            }
            String list = named.stream().map(index::displayPath).collect(java.util.stream.Collectors.joining(", "))
                    + (others > SHOWN ? " and " + grouped(others - SHOWN) + " more" : "");
            return grouped(others) + " other page" + (others == 1 ? "" : "s") + ": " + list;
        }

        /** {@code %,d}; joined, not formatted, below 1,000 (most groups): a site has a finding on every page of a group. */
        private static String grouped(int n) {
            return n < 1000 ? Integer.toString(n) : String.format("%,d", n);
        }
    }

    private static Groups group(PageIndex index, Function<PageIndex.Entry, String> valueOf, boolean ignoreCase,
            boolean ignoreWhitespace) {
        // The values are folded side by side (the other workers wait for the groups), then grouped in index order.
        List<PageIndex.Entry> entries = index.entries();
        String[] folded = new String[entries.size()];
        java.util.stream.IntStream.range(0, folded.length).parallel().forEach(i -> {
            String value = valueOf.apply(entries.get(i));
            folded[i] = value == null ? null : fold(value, ignoreCase, ignoreWhitespace);
        });
        Map<String, Group> byFolded = new HashMap<>();
        Map<String, Group> byWritten = new HashMap<>();
        for (int i = 0; i < folded.length; i++) {
            if (folded[i] != null) {
                Group group = byFolded.computeIfAbsent(folded[i], Group::new);
                byWritten.putIfAbsent(valueOf.apply(entries.get(i)), group);
                group.entries.add(entries.get(i));
            }
        }
        return new Groups(byFolded, byWritten);
    }

    /** The value as it is compared: without case, and with each run of white space one space, as asked. */
    static String fold(String value, boolean ignoreCase, boolean ignoreWhitespace) {
        String folded = ignoreWhitespace ? oneSpaced(value) : value;
        return ignoreCase ? folded.toLowerCase(Locale.ROOT) : folded;
    }

    /**
     * The value stripped, with each run of the white space that regular expressions call
     * {@code \\s} (space, tab, line breaks, form feed, vertical tab) one space: what
     * {@code String.join(" ", value.strip().split("\\s+"))} gives, without a regular expression
     * and without a copy when there is nothing to change, as in nearly every title.
     */
    static String oneSpaced(String value) {
        String stripped = value.strip();
        int n = stripped.length();
        int i = 0;
        // Up to the first space that changes: not a lone ' ' (a stripped value ends in no space).
        while (i < n && !isOtherSpace(stripped.charAt(i))
                && (stripped.charAt(i) != ' ' || !isSpace(stripped.charAt(i + 1)))) {
            i++;
        }
        if (i == n) {
            return stripped;
        }
        StringBuilder folded = new StringBuilder(n).append(stripped, 0, i);
        while (i < n) {
            char c = stripped.charAt(i);
            if (isSpace(c)) {
                folded.append(' ');
                while (i < n && isSpace(stripped.charAt(i))) {
                    i++;
                }
            } else {
                folded.append(c);
                i++;
            }
        }
        return folded.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || isOtherSpace(c);
    }

    private static boolean isOtherSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
