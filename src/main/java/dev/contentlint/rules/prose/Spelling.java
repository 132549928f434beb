package dev.contentlint.rules.prose;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "spelling", summary = "Prose has no misspelled words, apart from the project's vocabulary",
        severity = Severity.WARNING, tags = {"prose", RuleMeta.LANGUAGETOOL_TAG})
public final class Spelling extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        ProseReport.report(context, true, page.text()); // the message names the word
    }
}
