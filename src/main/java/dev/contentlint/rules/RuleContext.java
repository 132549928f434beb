package dev.contentlint.rules;

import dev.contentlint.config.FieldRoles;
import dev.contentlint.config.Layouts;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.links.LinkResolver;
import dev.contentlint.fix.Fix;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Range;
import dev.contentlint.prose.ProseFinding;
import java.util.List;
import java.util.Map;

/** What a rule may see of the run, and the one way it reports a finding. */
public interface RuleContext {
    RuleOptions options();

    /** Which front-matter field plays which part (url, subject, …) in this profile. */
    FieldRoles fields();

    /** Where pages live and how their urls are formed. */
    Layouts layout();

    /**
     * Whether this run uses fixes: when fixing, or for an output format that shows them.
     * A rule whose fix is costly to build (a rewritten answer) builds it only then.
     */
    boolean wantsFixes();

    /**
     * Reports a finding on {@code range} of the page. {@code field} is the dotted path of the
     * field at fault, or null for text outside the front matter; {@code fix} may be null.
     */
    default void report(String field, Range range, String message, Fix fix) {
        report(field, range, message, fix, Map.of());
    }

    /** As above, with extra data for machine formats (JSON and SARIF {@code properties}). */
    void report(String field, Range range, String message, Fix fix, Map<String, Object> properties);

    /**
     * The page's LanguageTool matches, checked once per page and shared by the prose rules;
     * empty when prose checking is off.
     */
    List<ProseFinding> prose();

    /** The index of every page of the repository, for the rules that span pages; null when there is none. */
    PageIndex index();

    /** Where links lead, as the profile's {@code links} says; null when there is no index. */
    default LinkResolver links() {
        return index() == null ? null : new LinkResolver(LinkSettings.defaults(), index());
    }

    /**
     * Reports one defect found at several places of one field as one finding: at the first of
     * {@code occurrences}, with every occurrence as a related location. The message should give
     * the count; {@code fix} mends them all.
     */
    void reportOccurrences(String field, List<Range> occurrences, String message, Fix fix);

    default void report(String field, Range range, String message) {
        report(field, range, message, null);
    }
}
