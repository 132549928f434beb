package dev.contentlint.fix;

import java.util.List;

/**
 * A repair for one finding: non-overlapping edits of the page's text, and the one field
 * change they are meant to make, which the fixer checks after applying them.
 */
public record Fix(String description, Applicability applicability, List<TextEdit> edits, FieldChange change) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String description, FieldChange change, TextEdit... edits) {
        return new Fix(description, Applicability.SAFE, List.of(edits), change);
    }

    public static Fix unsafe(String description, FieldChange change, TextEdit... edits) {
        return new Fix(description, Applicability.UNSAFE, List.of(edits), change);
    }

    /** True when an edit of this fix overlaps or touches at the same point an edit of the other. */
    public boolean conflictsWith(Fix other) {
        for (TextEdit a : edits) {
            for (TextEdit b : other.edits) {
                boolean sameInsertionPoint = a.range().start() == b.range().start()
                        && (a.range().length() == 0 || b.range().length() == 0);
                if (a.range().overlaps(b.range()) || sameInsertionPoint) {
                    return true;
                }
            }
        }
        return false;
    }
}
