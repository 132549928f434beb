package dev.contentlint.rules.text;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "escaped-newline", summary = "No literal \\n where a line break was meant",
        severity = Severity.WARNING, fixable = true, tags = "yaml")
public final class EscapedNewline extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        // written next
    }
}
