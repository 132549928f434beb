package dev.contentlint.rules;

import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;

/**
 * A check on one page. Rules are stateless and shared by all workers; they report only
 * through {@link RuleContext#report}, and the engine adds the id, severity and position.
 */
public interface Rule {
    RuleMeta meta();

    void check(Page page, RuleContext context);

    /**
     * Makes, before any page is checked, what {@link #check} would otherwise make from the whole
     * index on its first page (through {@link PageIndex#derived}). The engine prepares the rules
     * side by side: made on a page's first check, each such value kept one worker busy while the
     * others waited for it. What this makes must be what the checks make; a rule may make
     * nothing, and a failure here is left for the checks to report.
     */
    default void prepare(PageIndex index, RuleOptions options) {}

    /**
     * Checks a configured option value beyond its declared type; returns why it is wrong,
     * or null. The configuration loader reports the problem at the value's position.
     */
    default String optionProblem(String name, Object value) {
        return null;
    }
}
