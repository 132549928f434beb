package dev.contentlint.page;

import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.text.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's front-matter block: its root mapping and where the block and its YAML sit.
 * Fields are addressed by dotted paths such as {@code seo.title}.
 */
public record FrontMatter(YamlMapping root, Range block, Range yaml) {

    public Optional<YamlNode> get(String path) {
        if (path.indexOf('.') < 0) {
            return root.get(path);
        }
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

    /**
     * Visits every scalar value (not keys) with its dotted path; sequence items are written
     * {@code path[i]}. Rules that look at all values, rather than named fields, walk with this.
     */
    public void forEachScalar(java.util.function.BiConsumer<String, YamlScalar> visitor) {
        walk(root, "", visitor);
    }

    private static void walk(YamlNode node, String path, java.util.function.BiConsumer<String, YamlScalar> visitor) {
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                walk(entry.value(), path.isEmpty() ? entry.key().value() : path + "." + entry.key().value(), visitor);
            }
        } else if (node instanceof dev.contentlint.page.yaml.YamlSequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                walk(sequence.items().get(i), path + "[" + i + "]", visitor);
            }
        } else if (node instanceof YamlScalar scalar) {
            visitor.accept(path, scalar);
        }
    }

    /** A field found by {@link #matching}: its concrete dotted path, its key and its value. */
    public record Field(String path, YamlScalar key, YamlNode value) {}

    /**
     * The fields whose paths match {@code pattern}, where a '*' in a segment stands for any
     * characters: {@code related_article*.url} finds {@code related_article1.url}, ….
     */
    public List<Field> matching(String pattern) {
        if (pattern.indexOf('*') < 0) {
            int dot = pattern.lastIndexOf('.');
            Optional<YamlNode> parent = dot < 0 ? Optional.of(root) : get(pattern.substring(0, dot));
            return parent.filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
                    .flatMap(m -> m.entry(pattern.substring(dot + 1)))
                    .map(e -> List.of(new Field(pattern, e.key(), e.value()))).orElse(List.of());
        }
        List<Field> found = new ArrayList<>();
        collect(root, pattern.split("\\."), 0, "", found);
        return found;
    }

    private static void collect(YamlMapping mapping, String[] parts, int depth, String prefix, List<Field> found) {
        String part = parts[depth];
        // Most segments are a name ("url") or a name and a '*' ("related_article*"): a
        // comparison or a prefix test for each key, not a wildcard match.
        int star = part.indexOf('*');
        boolean general = part.indexOf('?') >= 0 || star >= 0 && star != part.length() - 1;
        String literal = star < 0 ? part : part.substring(0, star);
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (general ? Wildcard.matches(part, key) : star < 0 ? key.equals(literal) : key.startsWith(literal)) {
                collect(entry, parts, depth, prefix, found);
            }
        }
    }

    private static void collect(YamlMapping.Entry entry, String[] parts, int depth, String prefix, List<Field> found) {
        String key = entry.key().value();
        String path = prefix.isEmpty() ? key : prefix + "." + key;
        if (depth == parts.length - 1) {
            found.add(new Field(path, entry.key(), entry.value()));
        } else if (entry.value() instanceof YamlMapping child) {
            collect(child, parts, depth + 1, path, found);
        }
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
