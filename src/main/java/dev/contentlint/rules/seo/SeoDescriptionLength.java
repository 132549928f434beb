package dev.contentlint.rules.seo;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "seo-description-length", summary = "The SEO description is neither too long nor too short",
        severity = Severity.WARNING, tags = "seo",
        options = {
            @RuleInfo.Option(name = "max", type = OptionType.INTEGER, defaultValue = "160",
                    description = "Most characters allowed; search engines cut longer descriptions"),
            @RuleInfo.Option(name = "min", type = OptionType.INTEGER, defaultValue = "50",
                    description = "Fewest characters allowed")
        })
public final class SeoDescriptionLength extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        FieldLength.check(page, context, FieldRole.DESCRIPTION, "SEO description",
                context.options().integer("min"), context.options().integer("max"));
    }
}
