package dev.contentlint.fix;

import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Proves a fixed page safe to write: it parses as well as before, every field that no fix
 * names keeps its value, every field a fix names gets the value the fix promised, and the
 * body changes only if a fix said so.
 */
public final class FixVerifier {
    private FixVerifier() {}

    /** Why the fixed page must not be written, or null when it may. */
    public static String problem(Page before, Page after, List<Fix> applied) {
        // Duplicate keys and the like hide values from the comparison below: no fixing past them.
        if (!before.frontMatterProblems().isEmpty()) {
            return "the front matter is invalid (" + before.frontMatterProblems().get(0).message()
                    + "); fix that first";
        }
        if (after.frontMatterState() != before.frontMatterState()
                || after.frontMatterProblems().size() > before.frontMatterProblems().size()) {
            return "the fixed front matter would not parse as before";
        }
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            FieldChange change = applied.stream().map(Fix::change)
                    .filter(c -> c != null && c.covers(path)).findFirst().orElse(null);
            if (change == null) {
                if (!java.util.Objects.equals(old.get(path), now.get(path))) {
                    return "the fix would change '" + path + "', which it does not own";
                }
            } else if (change.expected() != null && change.field().equals(path)
                    && !change.expected().equals(stripType(now.get(path)))) {
                return "the fix would not give '" + path + "' the value it promised";
            }
        }
        boolean bodyMayChange = applied.stream().anyMatch(f -> f.change() != null && f.change().covers(FieldChange.BODY));
        if (!bodyMayChange && !before.body().equals(after.body())) {
            return "the fix would change the body";
        }
        return null;
    }

    /** Every scalar of the front matter by path, with its type, so that 1 and "1" differ. */
    static Map<String, String> fields(Page page) {
        Map<String, String> out = new LinkedHashMap<>();
        if (page.frontMatter() != null) {
            collect(page.frontMatter().root(), "", out);
        }
        return out;
    }

    private static void collect(YamlNode node, String path, Map<String, String> out) {
        if (node instanceof YamlMapping mapping) {
            out.put(path + "{}", String.valueOf(mapping.entries().size()));
            for (YamlMapping.Entry e : mapping.entries()) {
                collect(e.value(), path.isEmpty() ? e.key().value() : path + "." + e.key().value(), out);
            }
        } else if (node instanceof YamlSequence sequence) {
            out.put(path + "[]", String.valueOf(sequence.items().size()));
            for (int i = 0; i < sequence.items().size(); i++) {
                collect(sequence.items().get(i), path + "[" + i + "]", out);
            }
        } else if (node instanceof YamlScalar scalar) {
            out.put(path, scalar.type() + ":" + scalar.value());
        }
    }

    private static String stripType(String typed) {
        return typed == null ? null : typed.substring(typed.indexOf(':') + 1);
    }
}
