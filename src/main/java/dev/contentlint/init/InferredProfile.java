package dev.contentlint.init;

import dev.contentlint.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A profile inferred from a site's pages, for its owner to review: the fields (nearly) every
 * page has, as required, with their types; the layout that relates paths to a url- or slug-like
 * field; the title, description and id fields; the prose fields; how links name pages; and the
 * Markdown dialect the pages write.
 */
public final class InferredProfile {
    /** A field that this share of pages has is required. */
    static final double REQUIRED = 0.98;
    /** A field's type is written when this share of its values have it (or one of two types). */
    static final double TYPED = 0.99;
    /** A layout is written when it holds for this share of the pages. */
    static final double LAYOUT = 0.95;

    private final List<PageFacts> pages;
    private final int total;
    private final StringBuilder yaml = new StringBuilder();
    private final List<String> notes = new ArrayList<>();

    private InferredProfile(List<PageFacts> pages, int total) {
        this.pages = pages;
        this.total = total;
    }

    /** The profile's YAML for the pages that have front matter, of {@code total} Markdown files read. */
    public static String infer(List<PageFacts> all, String redirectsFile, String redirectsFormat,
            String vocabularyFile) {
        List<PageFacts> pages = all.stream().filter(PageFacts::hasFrontMatter).toList();
        InferredProfile profile = new InferredProfile(pages, all.size());
        profile.write(redirectsFile, redirectsFormat, vocabularyFile);
        return profile.yaml.toString();
    }

    private void write(String redirectsFile, String redirectsFormat, String vocabularyFile) {
        line("# Inferred by `contentlint init` from " + pages.size() + " page" + (pages.size() == 1 ? "" : "s")
                + " with front matter (of " + total
                + " Markdown files). Review it: it says what the pages do, not what they should do.");
        line("# Every key is described in docs/configuration.md.");
        line("extends: []");
        line("");
        line("include: [" + quote(includeGlob()) + "]");
        line("exclude: [\"**/node_modules/**\", \"**/README.md\", \"**/CHANGELOG.md\"]");
        line("");
        Map<String, Integer> present = presence();
        String title = role(present, List.of("title", "name", "heading"));
        String description = role(present, List.of("description", "summary", "excerpt", "abstract"));
        String id = role(present, List.of("id", "uid", "guid"));
        Layout layout = layout(present);
        line("fields:");
        if (layout != null) {
            line("  url: " + layout.field());
        }
        if (title != null) {
            line("  title: " + title);
        }
        if (description != null) {
            line("  description: " + description);
        }
        if (id != null && unique(id)) {
            line("  id: " + id);
        }
        line("");
        if (layout != null) {
            writeLayout(layout);
            writeLinks(layout, redirectsFile, redirectsFormat);
        }
        writeDialect();
        List<String> prose = new ArrayList<>();
        if (title != null) {
            prose.add(title);
        }
        if (description != null) {
            prose.add(description);
        }
        line("prose:");
        line("  fields: [" + String.join(", ", prose) + "]");
        line("  language: en-US");
        if (vocabularyFile != null) {
            line("  # the words the dictionary lacks that at least 3 pages use (`contentlint vocabulary`)");
            line("  vocabulary: " + quote(vocabularyFile));
        }
        line("");
        writeRules(present, layout);
    }

    /** The folder that holds every page, as a glob. */
    private String includeGlob() {
        String common = null;
        for (PageFacts page : pages) {
            String dir = page.path().contains("/") ? page.path().substring(0, page.path().lastIndexOf('/') + 1) : "";
            common = common == null ? dir : commonFolder(common, dir);
        }
        return (common == null ? "" : common) + "**/*.md";
    }

    private static String commonFolder(String a, String b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                n = i + 1;
            }
        }
        return a.substring(0, n);
    }

    /** How many pages have each field with a value. */
    private Map<String, Integer> presence() {
        Map<String, Integer> present = new TreeMap<>();
        for (PageFacts page : pages) {
            page.fields().forEach((name, value) -> {
                if (!value.kind().equals("empty")) {
                    present.merge(name, 1, Integer::sum);
                }
            });
        }
        return present;
    }

    /** The first of the names that most pages have as a single value. */
    private String role(Map<String, Integer> present, List<String> names) {
        for (String name : names) {
            if (present.getOrDefault(name, 0) >= 0.9 * pages.size() && kinds(name).keySet().equals(Set.of("string"))) {
                return name;
            }
        }
        return null;
    }

    private boolean unique(String field) {
        Set<String> seen = new HashSet<>();
        return pages.stream().map(p -> p.fields().get(field)).filter(v -> v != null && v.text() != null)
                .allMatch(v -> seen.add(v.text()));
    }

    /** Each kind of a field's values with how many pages have it. */
    private Map<String, Integer> kinds(String field) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (PageFacts page : pages) {
            PageFacts.Value value = page.fields().get(field);
            if (value != null && !value.kind().equals("empty")) {
                kinds.merge(value.kind(), 1, Integer::sum);
            }
        }
        if (kinds.containsKey("integer") && kinds.containsKey("number")) {
            kinds.merge("number", kinds.remove("integer"), Integer::sum);
        }
        return kinds;
    }

    /** The type the values of a field have, a union of two when they have two, or null when they agree on none. */
    private String type(String field) {
        Map<String, Integer> kinds = kinds(field);
        int values = kinds.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> ordered = kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ordered.isEmpty()) {
            return null;
        }
        if (ordered.get(0).getValue() >= TYPED * values) {
            return ordered.get(0).getKey();
        }
        if (ordered.size() >= 2 && ordered.get(0).getValue() + ordered.get(1).getValue() >= TYPED * values) {
            return ordered.get(0).getKey() + " | " + ordered.get(1).getKey();
        }
        return null;
    }

    /**
     * How a field's value gives a page's path: the path is {@code prefix + transform(value) +
     * suffix}, such as {@code files/en-us/} + the slug lowercased with escapes + {@code /index.md}.
     */
    record Layout(String field, String prefix, String suffix, boolean leadingSlash, boolean severalSegments,
            boolean lowercase, Map<String, String> escapes, int pagesMatched) {}

    private Layout layout(Map<String, Integer> present) {
        Layout best = null;
        for (String field : present.keySet()) {
            if (present.get(field) < LAYOUT * pages.size() || !kinds(field).keySet().equals(Set.of("string"))) {
                continue;
            }
            Layout found = layoutOf(field);
            if (found != null && (best == null || found.pagesMatched() > best.pagesMatched())) {
                best = found;
            }
        }
        if (best == null) {
            notes.add("no field relates the pages' paths to their urls");
        }
        return best;
    }

    private Layout layoutOf(String field) {
        Map<String, Integer> shapes = new HashMap<>();
        boolean exactCase = true;
        for (PageFacts page : pages) {
            String value = bare(page, field);
            for (String suffix : List.of("/index.md", ".md")) {
                if (value != null && !value.isEmpty() && page.path().endsWith(suffix)) {
                    String rest = page.path().substring(0, page.path().length() - suffix.length());
                    if (rest.toLowerCase(Locale.ROOT).endsWith(value.toLowerCase(Locale.ROOT))) {
                        shapes.merge(rest.substring(0, rest.length() - value.length()) + "\n" + suffix, 1, Integer::sum);
                        exactCase &= rest.endsWith(value);
                        break;
                    }
                }
            }
        }
        var shape = shapes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (shape == null || shape.getValue() < 0.5 * pages.size()) {
            return null;
        }
        String prefix = shape.getKey().substring(0, shape.getKey().indexOf('\n'));
        String suffix = shape.getKey().substring(shape.getKey().indexOf('\n') + 1);
        // What the pages whose path is not the value (lowercased) write instead: escapes such as ':' → '_colon_'.
        Map<String, Map<String, Integer>> written = new HashMap<>();
        for (PageFacts page : pages) {
            String remainder = remainder(page, prefix, suffix);
            String value = bare(page, field);
            if (remainder == null || value == null) {
                continue;
            }
            String expected = exactCase ? value : value.toLowerCase(Locale.ROOT);
            if (!expected.equals(remainder)) {
                int start = 0;
                while (start < expected.length() && start < remainder.length()
                        && expected.charAt(start) == remainder.charAt(start)) {
                    start++;
                }
                int end = 0;
                while (end < expected.length() - start && end < remainder.length() - start
                        && expected.charAt(expected.length() - 1 - end) == remainder.charAt(remainder.length() - 1 - end)) {
                    end++;
                }
                String from = expected.substring(start, expected.length() - end);
                String to = remainder.substring(start, remainder.length() - end);
                if (!from.isEmpty() && from.chars().noneMatch(Character::isLetterOrDigit)) {
                    written.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1, Integer::sum);
                }
            }
        }
        Map<String, String> escapes = new TreeMap<>();
        written.forEach((from, tos) -> tos.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(to -> escapes.put(from, to.getKey())));
        dev.contentlint.config.Transform transform = new dev.contentlint.config.Transform(!exactCase, escapes);
        int matched = 0;
        boolean severalSegments = false;
        boolean leadingSlash = true;
        for (PageFacts page : pages) {
            String remainder = remainder(page, prefix, suffix);
            String value = bare(page, field);
            if (remainder != null && value != null && transform.apply(value).equals(remainder)) {
                matched++;
                severalSegments |= value.contains("/");
                leadingSlash &= page.fields().get(field).text().strip().startsWith("/");
            }
        }
        return matched >= LAYOUT * pages.size()
                ? new Layout(field, prefix, suffix, leadingSlash, severalSegments, !exactCase, escapes, matched) : null;
    }

    private static String remainder(PageFacts page, String prefix, String suffix) {
        String path = page.path();
        if (!path.endsWith(suffix) || !path.startsWith(prefix) || path.length() <= prefix.length() + suffix.length()) {
            return null;
        }
        return path.substring(prefix.length(), path.length() - suffix.length());
    }

    /** A field's text without blanks, a leading '/' or a trailing one; null when it has none. */
    private static String bare(PageFacts page, String field) {
        PageFacts.Value value = page.fields().get(field);
        if (value == null || value.text() == null) {
            return null;
        }
        String text = value.text().strip();
        while (text.startsWith("/")) {
            text = text.substring(1);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private void writeLayout(Layout layout) {
        String variable = layout.field().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (!Character.isLetter(variable.charAt(0))) {
            variable = "url";
        }
        String placeholder = "{" + variable + (layout.severalSegments() ? "..." : "") + "}";
        line("# The path of " + layout.pagesMatched() + " of " + pages.size() + " pages is formed from their "
                + layout.field() + ".");
        line("layout:");
        line("  path: " + quote(layout.prefix() + placeholder + layout.suffix()));
        line("  url: " + quote((layout.leadingSlash() ? "/" : "") + placeholder));
        if (layout.lowercase() || !layout.escapes().isEmpty()) {
            line("  transforms:");
            line("    " + variable + ":");
            line("      lowercase: " + layout.lowercase());
            if (!layout.escapes().isEmpty()) {
                line("      escapes: {" + layout.escapes().entrySet().stream()
                        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length()))
                        .map(e -> quote(e.getKey()) + ": " + quote(e.getValue())).collect(Collectors.joining(", ")) + "}");
            }
        }
        line("");
    }

    /** The link prefix that, followed by a page's url field, most links of the pages write. */
    private void writeLinks(Layout layout, String redirectsFile, String redirectsFormat) {
        Map<String, String> urls = new HashMap<>();
        for (PageFacts page : pages) {
            String value = bare(page, layout.field());
            if (value != null) {
                urls.put(value.toLowerCase(Locale.ROOT), value);
            }
        }
        Map<String, Integer> prefixes = new HashMap<>();
        int links = 0;
        int otherCase = 0;
        for (PageFacts page : pages) {
            for (String link : page.links()) {
                links++;
                String bareLink = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
                for (int slash = bareLink.indexOf('/'); slash >= 0; slash = bareLink.indexOf('/', slash + 1)) {
                    String url = urls.get(bareLink.substring(slash + 1).toLowerCase(Locale.ROOT));
                    if (url != null) {
                        prefixes.merge(bareLink.substring(0, slash + 1), 1, Integer::sum);
                        otherCase += url.equals(bareLink.substring(slash + 1)) ? 0 : 1;
                        break;
                    }
                }
            }
        }
        var prefix = prefixes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (prefix == null || prefix.getValue() < 0.3 * links) {
            notes.add("no link template: links are compared with the url field as written");
            return;
        }
        line("# " + prefix.getValue() + " of the pages' " + links + " site links are " + prefix.getKey()
                + " and a page's " + layout.field() + (otherCase > 0 ? ", " + otherCase + " of them in another case" : "")
                + ".");
        line("links:");
        line("  template: " + quote(prefix.getKey() + "{url...}"));
        line("  ignore-case: " + (otherCase > 0));
        if (redirectsFile != null) {
            line("  redirects: {file: " + quote(redirectsFile) + ", format: " + redirectsFormat + "}");
        }
        line("  # a link below no page of this repository is left alone (it may be another repository's)");
        line("  only-under-pages: true");
        line("");
    }

    private void writeDialect() {
        long macros = pages.stream().filter(PageFacts::macros).count();
        long definitions = pages.stream().filter(PageFacts::definitionLists).count();
        if (macros < 0.1 * pages.size() && definitions < 0.02 * pages.size()) {
            return;
        }
        line("markdown:");
        if (macros >= 0.1 * pages.size()) {
            line("  # " + macros + " pages call {{macros}}: markup, not prose");
            line("  inline-markup: ['\\{\\{[^{}]*\\}\\}']");
            line("  block-markup: ['(?m)^\\{\\{[^{}]*\\}\\}[ \\t]*$']");
        }
        if (definitions >= 0.02 * pages.size()) {
            line("  # " + definitions + " pages write definition lists, `- term` then `  - : text`");
            line("  definition-lists: true");
        }
        line("");
    }

    private void writeRules(Map<String, Integer> present, Layout layout) {
        List<String> required = present.entrySet().stream().filter(e -> e.getValue() >= REQUIRED * pages.size())
                .map(Map.Entry::getKey).toList();
        line("rules:");
        line("  required-field:");
        line("    options:");
        line("      # the fields that at least " + Math.round(REQUIRED * 100) + "% of the pages have");
        line("      fields: [" + required.stream().map(InferredProfile::quote).collect(Collectors.joining(", ")) + "]");
        line("  field-type:");
        line("    options:");
        line("      types:");
        Set<String> typed = new TreeSet<>();
        for (String field : present.keySet()) {
            String type = present.get(field) >= 0.05 * pages.size() ? type(field) : null;
            if (type != null && typed.add(field)) {
                line("        " + quote(field) + ": " + type);
            }
        }
        boolean slugs = layout != null && pages.stream().map(p -> bare(p, layout.field())).filter(v -> v != null)
                .map(v -> v.substring(v.lastIndexOf('/') + 1)).allMatch(v -> Slugs.problem(v) == null);
        if (!slugs) {
            line("  # the url fields' last segments are not all lowercase slugs");
            line("  slug-format: off");
        }
        if (layout == null) {
            line("  # without a url field, no page can be found by its url");
            line("  related-link-broken: off");
        } else {
            line("  related-link-broken:");
            line("    options:");
            line("      markdown-fields: []");
        }
        for (String note : notes) {
            line("# " + note);
        }
    }

    private void line(String text) {
        yaml.append(text).append('\n');
    }

    /** A YAML double-quoted scalar. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
