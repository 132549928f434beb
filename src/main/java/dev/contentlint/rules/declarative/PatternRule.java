package dev.contentlint.rules.declarative;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import java.util.List;

/**
 * {@code kind: forbidden-pattern} reports every match of {@code pattern} in the fields;
 * {@code kind: required-pattern} reports a field that has no match. Patterns are RE2, so
 * they run in linear time whatever the page holds.
 */
public final class PatternRule implements Rule {
    private final RuleMeta meta;
    private final List<String> fields;
    private final Pattern pattern;
    private final boolean forbidden;
    private final String message;

    public PatternRule(RuleMeta meta, List<String> fields, Pattern pattern, boolean forbidden, String message) {
        this.meta = meta;
        this.fields = List.copyOf(fields);
        this.pattern = pattern;
        this.forbidden = forbidden;
        this.message = message;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Page page, RuleContext context) {
        for (String path : fields) {
            FieldValues.read(page, path).ifPresent(value -> {
                Matcher m = pattern.matcher(value.text());
                if (forbidden) {
                    while (m.find()) {
                        context.report(value.field(), value.range(m.start(), m.end()),
                                Messages.fill(message, path, m.group(), null));
                        if (m.end() == m.start() && m.end() >= value.text().length()) {
                            break;
                        }
                    }
                } else if (!m.find()) {
                    context.report(value.field(), value.whole(), Messages.fill(message, path, null, null));
                }
            });
        }
    }
}
