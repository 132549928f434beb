package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.List;
import java.util.Optional;

/** A mapping in source order. Duplicate keys are reported by the parser; the first one wins here. */
public record YamlMapping(List<Entry> entries, Range range) implements YamlNode {

    /** One key and its value. Keys are scalars; a complex key is kept as its source text. */
    public record Entry(YamlScalar key, YamlNode value) {}

    public Optional<Entry> entry(String key) {
        for (Entry entry : entries) {
            if (entry.key().value().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }
}
