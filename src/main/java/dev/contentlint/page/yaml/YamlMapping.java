package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping in source order. Duplicate keys are reported by the parser; the first one wins
 * here. Rules look fields up many times per page, so larger mappings keep an index by key.
 */
public final class YamlMapping implements YamlNode {
    private static final int INDEXED_FROM = 8;

    private final List<Entry> entries;
    private final Range range;
    private final Map<String, Entry> byKey;

    /** One key and its value. Keys are scalars; a complex key is kept as its source text. */
    public record Entry(YamlScalar key, YamlNode value) {}

    public YamlMapping(List<Entry> entries, Range range) {
        this.entries = List.copyOf(entries);
        this.range = range;
        if (this.entries.size() >= INDEXED_FROM) {
            byKey = new HashMap<>();
            for (Entry entry : this.entries) {
                byKey.putIfAbsent(entry.key().value(), entry);
            }
        } else {
            byKey = null;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public Range range() {
        return range;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(find(key));
    }

    public Optional<YamlNode> get(String key) {
        Entry entry = find(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** The entry, or null: rules look fields up many times a page, so no iterator and no Optional on the way. */
    private Entry find(String key) {
        if (byKey != null) {
            return byKey.get(key);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.key().value().equals(key)) {
                return entry;
            }
        }
        return null;
    }
}
