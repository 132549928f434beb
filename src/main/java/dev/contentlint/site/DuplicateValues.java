package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;
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
        Map<String, List<PageIndex.Entry>> byValue = index.derived(new Key(role, ignoreCase, ignoreWhitespace),
                whole -> group(whole, valueOf, ignoreCase, ignoreWhitespace));
        String folded = fold(value, ignoreCase, ignoreWhitespace);
        List<PageIndex.Entry> group = byValue.getOrDefault(folded, List.of());
        // A group can hold thousands of pages (one SEO title on 4,444): its size less this page is
        // the count, and only the first few others are looked at, to be named.
        String own = PageIndex.key(page.file());
        PageIndex.Entry indexed = SiteGraph.of(index).entry(page.file());
        String indexedValue = indexed == null ? null : valueOf.apply(indexed);
        boolean inGroup = indexedValue != null && fold(indexedValue, ignoreCase, ignoreWhitespace).equals(folded);
        int others = group.size() - (inGroup ? 1 : 0);
        List<PageIndex.Entry> named = new ArrayList<>(SHOWN);
        for (int i = 0; i < group.size() && named.size() < SHOWN; i++) {
            if (!group.get(i).file().equals(own)) {
                named.add(group.get(i));
            }
        }
        if (others == 0) {
            return;
        }
        String list = named.stream().map(index::displayPath).collect(java.util.stream.Collectors.joining(", "))
                + (others > SHOWN ? String.format(" and %,d more", others - SHOWN) : "");
        YamlScalar scalar = page.frontMatter().scalar(path).orElseThrow();
        context.report(path, scalar.contentRange(), String.format("%s '%s' is also the %s of %,d other page%s: %s",
                label, value, label, others, others == 1 ? "" : "s", list), null,
                Map.of("value", folded, "pages", others + 1));
    }

    private static Map<String, List<PageIndex.Entry>> group(PageIndex index, Function<PageIndex.Entry, String> valueOf,
            boolean ignoreCase, boolean ignoreWhitespace) {
        Map<String, List<PageIndex.Entry>> byValue = new HashMap<>();
        for (PageIndex.Entry entry : index.entries()) {
            String value = valueOf.apply(entry);
            if (value != null) {
                byValue.computeIfAbsent(fold(value, ignoreCase, ignoreWhitespace), k -> new ArrayList<>(2)).add(entry);
            }
        }
        return byValue;
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
