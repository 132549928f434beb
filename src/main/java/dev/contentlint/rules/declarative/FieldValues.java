package dev.contentlint.rules.declarative;

import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.text.MarkdownCode;
import java.util.Optional;

/**
 * The text a declarative rule reads from a page: a front-matter field by dotted path, the
 * Markdown body under the name {@value #BODY}, or the body without its code under the name
 * {@value #BODY_PROSE} (the code written as spaces, so that offsets stay the body's). Knows how
 * to map value offsets back to the file.
 */
record FieldValues(String path, String text, YamlScalar scalar, int bodyStart) {
    static final String BODY = "body";
    static final String BODY_PROSE = "body-prose";

    static Optional<FieldValues> read(Page page, String path) {
        if (path.equals(BODY)) {
            return Optional.of(new FieldValues(path, page.body(), null, page.bodyStart()));
        }
        if (path.equals(BODY_PROSE)) {
            return Optional.of(new FieldValues(path, MarkdownCode.masked(page.body()), null, page.bodyStart()));
        }
        FrontMatter fm = page.frontMatter();
        if (fm == null) {
            return Optional.empty();
        }
        return fm.scalar(path).filter(s -> s.type() != YamlScalar.Type.NULL)
                .map(s -> new FieldValues(path, s.value(), s, 0));
    }

    Range range(int from, int to) {
        return scalar == null ? new Range(bodyStart + from, bodyStart + to) : scalar.sourceRange(from, to);
    }

    Range whole() {
        return scalar == null ? new Range(bodyStart, bodyStart + text.length()) : scalar.contentRange();
    }

    /** The field name to attach to findings: null for the body. */
    String field() {
        return scalar == null ? null : path;
    }
}
