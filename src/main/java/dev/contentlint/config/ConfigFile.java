package dev.contentlint.config;

import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Position;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlParser;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One parsed configuration or profile file, with typed readers that fail with the file,
 * line, column and key of the offending value.
 */
final class ConfigFile {
    final String name;
    final YamlMapping root;
    private final LineIndex lines;

    private ConfigFile(String name, YamlMapping root, LineIndex lines) {
        this.name = name;
        this.root = root;
        this.lines = lines;
    }

    static ConfigFile parse(String name, String text) {
        LineIndex lines = new LineIndex(text);
        YamlParser.Result result = YamlParser.parse(text, 0, text.length());
        if (!result.problems().isEmpty()) {
            var problem = result.problems().get(0);
            Position at = lines.position(problem.range().start());
            throw new ConfigException(name, at.line(), at.column(), problem.message());
        }
        if (result.root() == null || result.root() instanceof YamlScalar s && s.isEmpty()) {
            return new ConfigFile(name, new YamlMapping(List.of(), new dev.contentlint.page.Range(0, 0)), lines);
        }
        if (!(result.root() instanceof YamlMapping mapping)) {
            Position at = lines.position(result.root().range().start());
            throw new ConfigException(name, at.line(), at.column(), "the configuration must be a mapping of keys");
        }
        return new ConfigFile(name, mapping, lines);
    }

    /** "file:line:col" of a node, for messages raised after loading. */
    String where(YamlNode node) {
        Position at = lines.position(node.range().start());
        return name + ":" + at.line() + ":" + at.column();
    }

    ConfigException error(YamlNode node, String message) {
        Position at = lines.position(node.range().start());
        return new ConfigException(name, at.line(), at.column(), message);
    }

    void onlyKeys(YamlMapping mapping, String where, Set<String> allowed) {
        for (YamlMapping.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key().value())) {
                throw error(entry.key(), "unknown key '" + entry.key().value() + "' in " + where
                        + " (expected one of: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    YamlMapping mapping(YamlNode node, String key) {
        if (node instanceof YamlMapping mapping) {
            return mapping;
        }
        if (node instanceof YamlScalar s && s.isEmpty()) {
            return new YamlMapping(List.of(), node.range());
        }
        throw error(node, "'" + key + "' must be a mapping");
    }

    String string(YamlNode node, String key) {
        if (node instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
            return s.value();
        }
        throw error(node, "'" + key + "' must be a single value");
    }

    /** A list of strings; a single string is read as a list of one. */
    List<String> strings(YamlNode node, String key) {
        if (node instanceof YamlScalar s) {
            return s.isEmpty() ? List.of() : List.of(s.value());
        }
        if (node instanceof YamlSequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                out.add(string(item, key));
            }
            return out;
        }
        throw error(node, "'" + key + "' must be a list of strings");
    }
}
