package dev.contentlint.rules.declarative;

import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import java.util.List;

/** {@code kind: length}: a field's length in characters (or words) must be within [min, max]. */
public final class LengthRule implements Rule {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final RuleMeta meta;
    private final List<String> fields;
    private final Integer min;
    private final Integer max;
    private final boolean words;
    private final String message;

    public LengthRule(RuleMeta meta, List<String> fields, Integer min, Integer max, boolean words, String message) {
        this.meta = meta;
        this.fields = List.copyOf(fields);
        this.min = min;
        this.max = max;
        this.words = words;
        this.message = message;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Page page, RuleContext context) {
        String unit = words ? "words" : "characters";
        for (String path : fields) {
            FieldValues.read(page, path).ifPresent(value -> {
                String text = value.text().strip();
                int length = words ? (text.isEmpty() ? 0 : WHITESPACE.split(text).length)
                        : text.codePointCount(0, text.length());
                String detail = null;
                if (max != null && length > max) {
                    detail = length + " " + unit + ", more than the maximum of " + max;
                } else if (min != null && length < min) {
                    detail = length + " " + unit + ", fewer than the minimum of " + min;
                }
                if (detail != null) {
                    context.report(value.field(), value.whole(), Messages.fill(message, path, null, detail));
                }
            });
        }
    }
}
