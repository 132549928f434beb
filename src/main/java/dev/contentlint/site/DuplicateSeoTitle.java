package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;
import java.util.function.Function;

@RuleInfo(id = "duplicate-seo-title", summary = "No other page has the same SEO title", severity = Severity.WARNING, tags = {"pages", "site", "seo"},
        options = {
                @RuleInfo.Option(name = DuplicateValues.IGNORE_CASE, type = OptionType.BOOLEAN, defaultValue = "true",
                        description = "Values that differ only in case are the same value"),
                @RuleInfo.Option(name = DuplicateValues.IGNORE_WHITESPACE, type = OptionType.BOOLEAN, defaultValue = "true",
                        description = "Values that differ only in spaces and line breaks are the same value")})
public final class DuplicateSeoTitle extends BuiltinRule {
    private static final Function<PageIndex.Entry, String> VALUE = entry -> entry.site() == null ? null : entry.site().seoTitle();

    @Override
    public void check(Page page, RuleContext context) {
        DuplicateValues.check(page, context, FieldRole.SEO_TITLE, "SEO title", VALUE);
    }

    @Override
    public void prepare(PageIndex index, RuleOptions options) {
        DuplicateValues.prepare(index, options, FieldRole.SEO_TITLE, VALUE);
    }
}
