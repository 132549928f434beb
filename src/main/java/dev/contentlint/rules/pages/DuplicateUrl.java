package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

/** Compares urls as links reach them: ignoring case when the profile's links do. */
@RuleInfo(id = "duplicate-url", summary = "No other page in the repository has the same url",
        severity = Severity.ERROR, tags = "pages")
public final class DuplicateUrl extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        DuplicateId.SamePage.report(page, context, FieldRole.URL, "url",
                url -> context.links().pagesWithUrl(url));
    }
}
