package dev.contentlint.page;

import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's front-matter block: its root mapping and where the block and its YAML sit.
 * Fields are addressed by dotted paths such as {@code seo.title}.
 */
public record FrontMatter(YamlMapping root, Range block, Range yaml) {

    public Optional<YamlNode> get(String path) {
        YamlNode node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof YamlMapping mapping)) {
                return Optional.empty();
            }
            Optional<YamlNode> next = mapping.get(part);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** A field found by {@link #matching}: its concrete dotted path, its key and its value. */
    public record Field(String path, YamlScalar key, YamlNode value) {}

    /**
     * The fields whose paths match {@code pattern}, where a '*' in a segment stands for any
     * characters: {@code related_article*.url} finds {@code related_article1.url}, ….
     */
    public List<Field> matching(String pattern) {
        List<Field> found = new ArrayList<>();
        collect(root, pattern.split("\\."), 0, "", found);
        return found;
    }

    private static void collect(YamlMapping mapping, String[] parts, int depth, String prefix, List<Field> found) {
        String part = parts[depth];
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (!globMatches(part, key)) {
                continue;
            }
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (depth == parts.length - 1) {
                found.add(new Field(path, entry.key(), entry.value()));
            } else if (entry.value() instanceof YamlMapping child) {
                collect(child, parts, depth + 1, path, found);
            }
        }
    }

    /** Wildcard match where '*' stands for any run of characters; no regex, as it runs per key. */
    static boolean globMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = t;
            } else if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    /** The field as a scalar, when it is one. */
    public Optional<YamlScalar> scalar(String path) {
        return get(path).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
    }

    /** The scalar's value, when the field is a non-null scalar. */
    public Optional<String> text(String path) {
        return scalar(path).filter(s -> s.type() != YamlScalar.Type.NULL).map(YamlScalar::value);
    }

    /**
     * The key that holds {@code path}, or the deepest existing ancestor's key, or the opening
     * line: the best place to point at for a field that is missing.
     */
    public Range anchorFor(String path) {
        YamlNode node = root;
        Range best = new Range(block.start(), Math.min(block.start() + 3, block.end()));
        for (String part : path.split("\\.")) {
            if (!(node instanceof YamlMapping mapping)) {
                return best;
            }
            Optional<YamlMapping.Entry> entry = mapping.entry(part);
            if (entry.isEmpty()) {
                return best;
            }
            best = entry.get().key().range();
            node = entry.get().value();
        }
        return best;
    }
}
