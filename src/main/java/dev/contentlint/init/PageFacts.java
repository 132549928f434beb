package dev.contentlint.init;

import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code init} keeps of one page: its path in the repository, the kind and text of each
 * top-level front-matter field, the site links of its body, and the dialect it writes.
 */
public record PageFacts(String path, Map<String, Value> fields, List<String> links, boolean macros, boolean definitionLists) {
    /** A field's kind (string, integer, number, boolean, date, list, mapping) and, for a single value, its text. */
    record Value(String kind, String text) {}

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SITE_LINK = Pattern.compile("\\]\\((/[^)\\s#?]+)");
    private static final Pattern MACRO = Pattern.compile("\\{\\{\\s*[A-Za-z][\\w-]*\\s*(\\(|\\}\\})");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s*- : \\S");

    public static PageFacts of(String path, Page page) {
        Map<String, Value> fields = new LinkedHashMap<>();
        FrontMatter front = page.frontMatter();
        if (front != null) {
            for (YamlMapping.Entry entry : front.root().entries()) {
                fields.put(entry.key().value(), value(entry.value()));
            }
        }
        List<String> links = new ArrayList<>();
        Matcher link = SITE_LINK.matcher(page.body());
        while (link.find() && links.size() < 200) {
            links.add(link.group(1));
        }
        return new PageFacts(path, fields, links, MACRO.matcher(page.body()).find(),
                DEFINITION.matcher(page.body()).find());
    }

    private static Value value(YamlNode node) {
        if (node instanceof YamlMapping) {
            return new Value("mapping", null);
        }
        if (node instanceof YamlSequence) {
            return new Value("list", null);
        }
        YamlScalar s = (YamlScalar) node;
        String kind = switch (s.type()) {
            case INT -> "integer";
            case FLOAT -> "number";
            case BOOL -> "boolean";
            case NULL -> "empty";
            case STRING -> DATE.matcher(s.value()).matches() ? "date" : s.isEmpty() ? "empty" : "string";
        };
        return new Value(kind, s.value());
    }

    public boolean hasFrontMatter() {
        return !fields.isEmpty();
    }
}
