package dev.contentlint.rules;

import dev.contentlint.page.Page;

/**
 * A check on one page. Rules are stateless and shared by all workers; they report only
 * through {@link RuleContext#report}, and the engine adds the id, severity and position.
 */
public interface Rule {
    RuleMeta meta();

    void check(Page page, RuleContext context);

    /**
     * Checks a configured option value beyond its declared type; returns why it is wrong,
     * or null. The configuration loader reports the problem at the value's position.
     */
    default String optionProblem(String name, Object value) {
        return null;
    }
}
