package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

/**
 * Reported by the engine itself when a file cannot be read as a UTF-8 text page (binary,
 * undecodable, too large, unreadable, a broken or looping link). There is no page to check,
 * so {@link #check} has nothing to do.
 */
@RuleInfo(id = "page-unreadable", summary = "Every page can be read as UTF-8 text",
        severity = Severity.ERROR, tags = "file", needsFrontMatter = false)
public final class PageUnreadable extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        // Reported by the engine: see PageChecker.
    }
}
