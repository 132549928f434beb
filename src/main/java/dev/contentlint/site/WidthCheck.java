package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;

/** The check of {@code seo-title-width} and {@code seo-description-width}: a field wider than results show. */
final class WidthCheck {
    private WidthCheck() {}

    static void check(Page page, RuleContext context, FieldRole role, String label) {
        String path = context.fields().path(role).orElse(null);
        YamlScalar scalar = path == null ? null : page.frontMatter().scalar(path).filter(s -> !s.isEmpty()).orElse(null);
        if (scalar == null || scalar.type() == YamlScalar.Type.NULL) {
            return;
        }
        String text = DuplicateValues.oneSpaced(scalar.value());
        int size = context.options().integer("font-size");
        int max = context.options().integer("max");
        double width = PixelWidths.arial().width(text, size);
        if (width <= max) {
            return;
        }
        String shown = PixelWidths.arial().cut(text, size, max);
        // Joined, not formatted: a site can have a finding on every page, and String.format costs more than the check.
        context.report(path, scalar.contentRange(), label + " is " + Math.round(width) + " px wide in " + size
                + " px Arial; results show " + max + " px, so it would be cut to \"" + shown + "\"", null,
                FindingProperties.of("width", Math.round(width), "limit", max));
    }
}
