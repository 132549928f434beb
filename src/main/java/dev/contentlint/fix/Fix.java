package dev.contentlint.fix;

import java.util.List;

/** A repair for one finding: one or more non-overlapping edits of the page's text. */
public record Fix(String description, Applicability applicability, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String description, TextEdit... edits) {
        return new Fix(description, Applicability.SAFE, List.of(edits));
    }

    public static Fix unsafe(String description, TextEdit... edits) {
        return new Fix(description, Applicability.UNSAFE, List.of(edits));
    }
}
