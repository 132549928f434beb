package dev.contentlint.rules;

import dev.contentlint.config.FieldRoles;
import dev.contentlint.config.Layout;
import dev.contentlint.fix.Fix;
import dev.contentlint.page.Range;

/** What a rule may see of the run, and the one way it reports a finding. */
public interface RuleContext {
    RuleOptions options();

    /** Which front-matter field plays which part (url, subject, …) in this profile. */
    FieldRoles fields();

    /** Where pages live and how their urls are formed. */
    Layout layout();

    /**
     * Whether this run uses fixes: when fixing, or for an output format that shows them.
     * A rule whose fix is costly to build (a rewritten answer) builds it only then.
     */
    boolean wantsFixes();

    /**
     * Reports a finding on {@code range} of the page. {@code field} is the dotted path of the
     * field at fault, or null for text outside the front matter; {@code fix} may be null.
     */
    void report(String field, Range range, String message, Fix fix);

    default void report(String field, Range range, String message) {
        report(field, range, message, null);
    }
}
