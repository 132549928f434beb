package dev.contentlint.fix;

import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.ScalarStyle;
import dev.contentlint.page.yaml.YamlScalar;

/**
 * Edits that give a one-line scalar a new one-line value while keeping its style: the value's
 * own characters are replaced, nothing around them. Where the new value could not be written
 * in that style as it is (a plain scalar that would need quotes, a value on several lines),
 * there is no edit, and so no fix.
 */
public final class ValueEdits {
    private ValueEdits() {}

    /** The edit, or null when the scalar or the new value does not allow a same-style rewrite. */
    public static TextEdit replace(String text, YamlScalar scalar, String newValue) {
        Range content = scalar.contentRange();
        if (!scalar.sourceMap().isExact() || scalar.value().isEmpty()
                || text.substring(content.start(), content.end()).indexOf('\n') >= 0) {
            return null;
        }
        boolean writable = switch (scalar.style()) {
            case PLAIN -> isPlainSafe(newValue);
            case FOLDED, LITERAL -> !newValue.isEmpty() && newValue.strip().equals(newValue)
                    && newValue.indexOf('\n') < 0;
            case SINGLE_QUOTED, DOUBLE_QUOTED -> false;
        };
        return writable ? new TextEdit(content, newValue) : null;
    }

    /** Text that YAML reads back, unquoted, as the same string. */
    static boolean isPlainSafe(String value) {
        if (value.isEmpty() || !value.strip().equals(value) || value.indexOf('\n') >= 0
                || value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        char first = value.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        return new YamlScalar(value, ScalarStyle.PLAIN, null, Range.at(0), value).type() == YamlScalar.Type.STRING;
    }
}
