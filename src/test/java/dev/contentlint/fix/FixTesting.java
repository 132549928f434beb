package dev.contentlint.fix;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.RunResult;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.text.NewlineEscapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Shared by the fix tests: the expected value of an escaped-newline fix, and two independent
 * readings of a page's fields, one through the product's parser ({@link Page#parse}, which
 * takes the fast path where it can) and one through snakeyaml-engine on its own, with a
 * front-matter splitter of this class, so that a fast-path mistake cannot hide itself.
 */
public final class FixTesting {
    private FixTesting() {}

    /** The value with every escape that {@link NewlineEscapes#find} names turned into a line break. */
    public static String expectedFix(String value) {
        return NewlineEscapes.withLineBreaks(value, NewlineEscapes.find(value));
    }

    /**
     * What the escaped-newline fix must give the field: {@link #expectedFix}, with every line's
     * trailing spaces and tabs dropped, except that two or more spaces after text and before a
     * line with text (a Markdown hard break) become exactly two.
     */
    public static String expectedFixedValue(String value) {
        String[] lines = expectedFix(value).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean hardBreak = lines[i].matches(".*[^ \t][ \t]*  ") && i + 1 < lines.length
                    && !lines[i + 1].matches("[ \t]*");
            lines[i] = lines[i].replaceAll("[ \t]+$", "") + (hardBreak ? "  " : "");
        }
        return String.join("\n", lines);
    }

    /** Every node of the product's parse, by dotted path, as the fixer's verifier sees them. */
    public static Map<String, String> fields(Page page) {
        return new TreeMap<>(FixVerifier.fields(page));
    }

    /** The string value at a dotted path of the product's parse, or null. */
    public static String value(Page page, String path) {
        if (page.frontMatter() == null) {
            return null;
        }
        return page.frontMatter().get(path).filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).value())
                .orElse(null);
    }

    /**
     * The front matter read by snakeyaml-engine alone: the text between a first line "---"
     * and the next line "---" or "..." (trailing blanks and CR allowed). Null when there is none.
     */
    public static Object snakeyaml(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int first = text.indexOf('\n');
        if (first < 0 || !text.substring(0, first).stripTrailing().equals("---")) {
            return null;
        }
        int pos = first + 1;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(first + 1, pos);
                LoadSettings settings = LoadSettings.builder().setCodePointLimit(8 * 1024 * 1024)
                        .setBufferSize(yaml.length() + 16).build();
                return new Load(settings).loadFromString(yaml);
            }
            pos = end + 1;
        }
        return null;
    }

    /** Every node of a snakeyaml-engine reading by dotted path: "Class:value" for scalars. */
    public static Map<String, String> snakeyamlFields(Object root) {
        Map<String, String> out = new TreeMap<>();
        collectObject(root, "", out);
        return out;
    }

    private static void collectObject(Object node, String path, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            out.put(path + "{}", String.valueOf(map.size()));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                collectObject(e.getValue(), path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(), out);
            }
        } else if (node instanceof List<?> list) {
            out.put(path + "[]", String.valueOf(list.size()));
            for (int i = 0; i < list.size(); i++) {
                collectObject(list.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, (node == null ? "null" : node.getClass().getSimpleName()) + ":" + node);
        }
    }

    /** The string at a dotted path of a snakeyaml-engine reading, or null. */
    public static String snakeyamlValue(Object root, String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node instanceof String s ? s : null;
    }

    /** Runs the real engine over every page under {@code root}, with the configuration file given. */
    public static RunResult run(Path configFile, Path root, FixMode mode) {
        Config config = ConfigLoader.load(configFile, root);
        List<Path> files = PageFiles.collect(List.of(root), config.root(), config.pathFilter());
        return new Engine(config, 2, root, mode, false).check(files);
    }

    /** {@code --fix}: safe fixes only, written to disk. */
    public static FixMode fixMode() {
        return FixMode.of(true, false, false);
    }

    /** Shows a text with its invisible characters, for failure messages. */
    public static String visible(String text) {
        return text.replace("\r", "\\r").replace("\t", "\\t").replace("\uFEFF", "<BOM>").replace(" \n", "·\n")
                .replace("\n", "⏎\n");
    }
}
