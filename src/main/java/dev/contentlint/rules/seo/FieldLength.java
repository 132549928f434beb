package dev.contentlint.rules.seo;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;

/** The shared length check of the SEO rules, counting characters as users see them (code points). */
final class FieldLength {
    private FieldLength() {}

    static void check(Page page, RuleContext context, FieldRole role, String label, int min, int max) {
        context.fields().path(role).ifPresent(path -> page.frontMatter().scalar(path)
                .filter(s -> !s.isEmpty())
                .ifPresent(value -> check(context, path, value, label, min, max)));
    }

    private static void check(RuleContext context, String path, YamlScalar value, String label, int min, int max) {
        String text = value.value().strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            context.report(path, value.contentRange(),
                    label + " is " + length + " characters long; the maximum is " + max);
        } else if (length < min) {
            context.report(path, value.contentRange(),
                    label + " is " + length + " characters long; the minimum is " + min);
        }
    }
}
