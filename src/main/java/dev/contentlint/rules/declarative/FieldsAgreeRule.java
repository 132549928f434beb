package dev.contentlint.rules.declarative;

import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.text.Slugs;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code kind: fields-agree}: two fields must be equal after a {@code compare} transform
 * ({@code exact}, {@code trim}, {@code lowercase} or {@code slug}). Reported on the second field.
 */
public final class FieldsAgreeRule implements Rule {
    private final RuleMeta meta;
    private final String first;
    private final String second;
    private final String compare;
    private final String message;

    public FieldsAgreeRule(RuleMeta meta, String first, String second, String compare, String message) {
        this.meta = meta;
        this.first = first;
        this.second = second;
        this.compare = compare;
        this.message = message;
    }

    /** The transforms that {@code compare} may name. */
    public static Optional<UnaryOperator<String>> transform(String name) {
        return Optional.ofNullable(switch (name) {
            case "exact" -> UnaryOperator.identity();
            case "trim" -> String::strip;
            case "lowercase" -> s -> s.strip().toLowerCase(Locale.ROOT);
            case "slug" -> Slugs::slugify;
            default -> null;
        });
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Page page, RuleContext context) {
        UnaryOperator<String> t = transform(compare).orElseThrow();
        Optional<FieldValues> a = FieldValues.read(page, first);
        Optional<FieldValues> b = FieldValues.read(page, second);
        if (a.isPresent() && b.isPresent() && !t.apply(a.get().text()).equals(t.apply(b.get().text()))) {
            context.report(b.get().field(), b.get().whole(), Messages.fill(message, second, null, first));
        }
    }
}
