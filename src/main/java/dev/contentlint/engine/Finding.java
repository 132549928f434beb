package dev.contentlint.engine;

import dev.contentlint.fix.Fix;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * One problem found on one page, with everything the reporters need and nothing they must
 * recompute: positions are 1-based, the end is exclusive.
 *
 * @param path      the page, relative to the working directory, '/'-separated
 * @param field     the dotted front-matter field at fault, or null outside the front matter
 * @param range     0-based character offsets into the page's text
 * @param excerpt   the offending text, shortened to {@value #EXCERPT_LIMIT} characters
 * @param fixSpans  the positions of {@code fix}'s edits, in the same order
 * @param properties extra data for machine formats (for example a LanguageTool rule id)
 * @param related   every occurrence of the defect, the reported one first, when a rule found
 *                  the same defect several times in one field and reported it once; else empty
 */
public record Finding(
        String ruleId,
        Severity severity,
        String path,
        String field,
        String message,
        Range range,
        Position start,
        Position end,
        String excerpt,
        Fix fix,
        List<Span> fixSpans,
        Map<String, Object> properties,
        List<Span> related) {

    public static final int EXCERPT_LIMIT = 200;

    /** A start and end position pair, for an edit of a fix. */
    public record Span(Position start, Position end) {}

    public Finding {
        fixSpans = fixSpans == null ? List.of() : List.copyOf(fixSpans);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** How many times the defect occurs: 1, or the number of its related locations. */
    public int occurrences() {
        return Math.max(1, related.size());
    }

    public boolean fixable() {
        return fix != null;
    }
}
