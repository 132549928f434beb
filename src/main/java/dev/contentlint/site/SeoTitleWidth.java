package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "seo-title-width", summary = "The SEO title fits the width search results show", severity = Severity.WARNING, tags = {"site", "seo"},
        options = {
                @RuleInfo.Option(name = "font-size", type = OptionType.INTEGER, defaultValue = "20",
                        description = "Font size in pixels (Google desktop results set titles in 20 px Arial)"),
                @RuleInfo.Option(name = "max", type = OptionType.INTEGER, defaultValue = "561",
                        description = "Widest text shown, in pixels (Screaming Frog's default title width limit)")})
public final class SeoTitleWidth extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        WidthCheck.check(page, context, FieldRole.SEO_TITLE, "SEO title");
    }
}
