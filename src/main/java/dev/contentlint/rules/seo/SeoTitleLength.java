package dev.contentlint.rules.seo;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "seo-title-length", summary = "The SEO title is not longer than search results show",
        severity = Severity.WARNING, tags = "seo",
        options = @RuleInfo.Option(name = "max", type = OptionType.INTEGER, defaultValue = "60",
                description = "Most characters allowed"))
public final class SeoTitleLength extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        FieldLength.check(page, context, FieldRole.SEO_TITLE, "SEO title", 0, context.options().integer("max"));
    }
}
