package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;

/** A scalar with its parsed value, its style, its explicit tag if any, and its source span. */
public final class YamlScalar implements YamlNode {
    /** The type a scalar resolves to under the YAML 1.2 core schema. */
    public enum Type { NULL, BOOL, INT, FLOAT, STRING }

    private final String value;
    private final ScalarStyle style;
    private final String tag;
    private final Range range;
    private final String source;
    private ScalarSourceMap sourceMap;
    private Type type;

    public YamlScalar(String value, ScalarStyle style, String tag, Range range, String source) {
        this(value, style, tag, range, source, null);
    }

    /** With its source map already built, as the fast reader does for block scalars. */
    YamlScalar(String value, ScalarStyle style, String tag, Range range, String source, ScalarSourceMap sourceMap) {
        this.value = value;
        this.style = style;
        this.tag = tag;
        this.range = range;
        this.source = source;
        this.sourceMap = sourceMap;
    }

    public String value() {
        return value;
    }

    public ScalarStyle style() {
        return style;
    }

    /** The explicit tag as written ("!!int", "!custom"), or null for an untagged scalar. */
    public String tag() {
        return tag;
    }

    @Override
    public Range range() {
        return range;
    }

    public Type type() {
        if (type == null) {
            type = resolveType();
        }
        return type;
    }

    private Type resolveType() {
        if (tag != null) {
            return switch (tag) {
                case "tag:yaml.org,2002:int" -> Type.INT;
                case "tag:yaml.org,2002:float" -> Type.FLOAT;
                case "tag:yaml.org,2002:bool" -> Type.BOOL;
                case "tag:yaml.org,2002:null" -> Type.NULL;
                default -> Type.STRING;
            };
        }
        if (style != ScalarStyle.PLAIN || !value.isEmpty() && !mayBeNonString(value.charAt(0))) {
            return Type.STRING;
        }
        return CoreSchema.resolve(value);
    }

    /** Every null, bool, int and float form starts with one of these characters. */
    private static boolean mayBeNonString(char first) {
        return first >= '0' && first <= '9' || "-+.~nNtTfF".indexOf(first) >= 0;
    }

    /** True for a null scalar or an empty string. */
    public boolean isEmpty() {
        return type() == Type.NULL || value.isBlank();
    }

    /** Where each character of the value came from in the file; built on first use. */
    public ScalarSourceMap sourceMap() {
        if (sourceMap == null) {
            sourceMap = ScalarSourceMap.build(source, range, style, value);
        }
        return sourceMap;
    }

    /** The source span of value characters {@code [from, to)}. */
    public Range sourceRange(int from, int to) {
        return sourceMap().sourceRange(from, to);
    }

    /** The span of the value's own characters: without quotes or block header. */
    public Range contentRange() {
        return value.isEmpty() ? Range.at(range.start()) : sourceRange(0, value.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
