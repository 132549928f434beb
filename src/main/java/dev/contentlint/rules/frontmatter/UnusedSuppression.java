package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

/**
 * A {@code # contentlint-disable} comment that suppressed nothing: the problem it hid is gone,
 * or it names no rule. It can only be judged after every other rule has run on the page, so
 * the engine reports it (see PageChecker); {@link #check} has nothing to do.
 */
@RuleInfo(id = "unused-suppression", summary = "Every suppression comment suppresses a finding",
        severity = Severity.INFO, tags = "suppression")
public final class UnusedSuppression extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        // Reported by the engine: see PageChecker.
    }
}
