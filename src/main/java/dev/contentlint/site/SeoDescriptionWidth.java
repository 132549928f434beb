package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "seo-description-width", summary = "The SEO description fits the width search results show", severity = Severity.WARNING, tags = {"site", "seo"},
        options = {
                @RuleInfo.Option(name = "font-size", type = OptionType.INTEGER, defaultValue = "14",
                        description = "Font size in pixels (Google desktop results set descriptions in 14 px Arial)"),
                @RuleInfo.Option(name = "max", type = OptionType.INTEGER, defaultValue = "985",
                        description = "Widest text shown, in pixels (Screaming Frog's default description width limit)")})
public final class SeoDescriptionWidth extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        WidthCheck.check(page, context, FieldRole.DESCRIPTION, "SEO description");
    }
}
