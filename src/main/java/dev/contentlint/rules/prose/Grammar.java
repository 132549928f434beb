package dev.contentlint.rules.prose;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "grammar", summary = "Prose has no grammar or style problems that LanguageTool finds",
        severity = Severity.WARNING, tags = {"prose", RuleMeta.LANGUAGETOOL_TAG})
public final class Grammar extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        ProseReport.report(context, false);
    }
}
