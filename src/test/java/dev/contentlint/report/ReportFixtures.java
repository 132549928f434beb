package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The fixed run that the golden files render: findings on two pages (one name with a space
 * and non-ASCII letters), with a fix, a field and none, an empty range, a multi-line range,
 * an info finding, two identical findings, hostile characters, and an internal error.
 */
final class ReportFixtures {
    /** Findings are relative to site/, the repository root is one level up, as in a monorepo. */
    static final Path ROOT = Path.of("/repo");
    static final Path WORKING_DIRECTORY = ROOT.resolve("site");
    static final String CAFE = "content/faq/café au lait.md";
    static final String INTRO = "content/guides/intro.md";
    /** Everything that needs escaping somewhere: %, :, ",", CR LF, markup and an ampersand. */
    static final String HOSTILE_MESSAGE =
            "Value is 100% wrong: expected a list, got a string\r\nhint: <script>alert(1)</script> & \"co\"";

    private ReportFixtures() {}

    static ReportInput input() {
        return new ReportInput(result(), rules(), "0.1.0", WORKING_DIRECTORY, ROOT);
    }

    static RunResult result() {
        return new RunResult(findings(), 5,
                List.of("content/broken.md: rule slug-format failed: java.lang.IllegalStateException: boom"), 1234);
    }

    /** In the engine's order: by path, then line and column. */
    static List<Finding> findings() {
        return List.of(
                finding("required-field", Severity.ERROR, CAFE, "title", "Required field 'title' is missing.",
                        0, 1, 1, 1, 4, "---"),
                finding("front-matter-invalid", Severity.ERROR, CAFE, null,
                        "Front matter is not valid YAML: « clé » needs quotes 🚀", 10, 2, 7, 4, 1, "titre: café: au lait\n"),
                finding("required-field", Severity.ERROR, INTRO, "seo.title", "Required field 'seo.title' is missing.",
                        4, 2, 1, 2, 1, ""),
                finding("seo-description-length", Severity.WARNING, INTRO, "seo.description",
                        "SEO description is 12 characters; it should be 50 to 160.", 30, 3, 18, 3, 30, "Short intro."),
                fixed(withRelated(finding("escaped-newline", Severity.WARNING, INTRO, "answer",
                        "3 literal \\n in 'answer': a plain scalar does not turn them into line breaks", 80, 5, 12, 5,
                        14, "\\n"), List.of(span(5, 12, 5, 14), span(5, 30, 5, 32), span(7, 3, 7, 5))),
                        Fix.safe("Replace the literal \\n with a line break.", FieldChange.any("answer"), new TextEdit(new Range(80, 82), "\n")),
                        Map.of("sequence", "\\n")),
                finding("field-type", Severity.ERROR, INTRO, "tags", HOSTILE_MESSAGE,
                        100, 6, 7, 6, 38, "<script>alert(1)</script> & co\u0001"),
                fixed(finding("trailing-whitespace", Severity.INFO, INTRO, null, "Line ends with whitespace.",
                        150, 8, 10, 8, 12, "  "),
                        Fix.safe("Remove the trailing whitespace.", FieldChange.any("answer"), new TextEdit(new Range(150, 152), "")), Map.of()),
                fixed(finding("trailing-whitespace", Severity.INFO, INTRO, null, "Line ends with whitespace.",
                        220, 12, 4, 12, 6, "  "),
                        Fix.safe("Remove the trailing whitespace.", FieldChange.any("answer"), new TextEdit(new Range(220, 222), "")), Map.of()));
    }

    /** Given in no particular order, with a duplicated tag and a rule without documentation. */
    static List<RuleMeta> rules() {
        return List.of(
                rule("seo-description-length", "SEO description length is within limits", Severity.WARNING,
                        List.of("seo"), """
                        # seo-description-length

                        Search engines cut descriptions that are too long
                        and ignore those that are too short.

                        ## Options

                        - `min`, `max`: the limits in characters.
                        """),
                rule("escaped-newline", "Text has no literal \\n escapes", Severity.WARNING, List.of("text", "text"), """
                        # escaped-newline

                        A literal `\\n` in a front-matter string shows on the page as two characters.
                        """),
                rule("trailing-whitespace", "Lines have no trailing whitespace", Severity.INFO, List.of("text"), ""),
                rule("required-field", "Required front-matter fields are present", Severity.ERROR,
                        List.of("front-matter"), "# required-field\n\nEvery page sets the configured fields.\n"),
                rule("field-type", "Front-matter fields have the configured types", Severity.ERROR,
                        List.of("front-matter"), "# field-type\n\nA field has the type its role needs.\n"),
                rule("front-matter-invalid", "Front matter is valid YAML", Severity.ERROR, List.of("front-matter"),
                        "# front-matter-invalid\n\nThe front matter parses as YAML 1.2.\n"),
                rule("slug-format", "Slugs are lower-case words joined by hyphens", Severity.WARNING, List.of("url"),
                        "# slug-format\n\nA slug is lower-case ASCII words joined by hyphens.\n"));
    }

    /** A finding whose offsets start at {@code offset} and run for the excerpt's length. */
    static Finding finding(String rule, Severity severity, String path, String field, String message, int offset,
            int line, int column, int endLine, int endColumn, String excerpt) {
        return new Finding(rule, severity, path, field, message, new Range(offset, offset + excerpt.length()),
                new Position(line, column), new Position(endLine, endColumn), excerpt, null, null, null, null);
    }

    /** The finding found at each of {@code related}, the first being its own position. */
    static Finding withRelated(Finding f, List<Finding.Span> related) {
        return new Finding(f.ruleId(), f.severity(), f.path(), f.field(), f.message(), f.range(), f.start(), f.end(),
                f.excerpt(), f.fix(), f.fixSpans(), f.properties(), related);
    }

    static Finding.Span span(int line, int column, int endLine, int endColumn) {
        return new Finding.Span(new Position(line, column), new Position(endLine, endColumn));
    }

    /** The finding with a one-edit fix whose span is the finding's own. */
    static Finding fixed(Finding f, Fix fix, Map<String, Object> properties) {
        return new Finding(f.ruleId(), f.severity(), f.path(), f.field(), f.message(), f.range(), f.start(), f.end(),
                f.excerpt(), fix, List.of(new Finding.Span(f.start(), f.end())), properties, f.related());
    }

    /** The same finding moved to another line (and offset), as when lines are added above it. */
    static Finding movedDown(Finding f, int lines) {
        return new Finding(f.ruleId(), f.severity(), f.path(), f.field(), f.message(),
                new Range(f.range().start() + lines * 10, f.range().end() + lines * 10),
                new Position(f.start().line() + lines, f.start().column()),
                new Position(f.end().line() + lines, f.end().column()), f.excerpt(), f.fix(),
                f.fixSpans(), f.properties(), f.related());
    }

    private static RuleMeta rule(String id, String summary, Severity severity, List<String> tags, String docs) {
        return new RuleMeta(id, summary, severity, dev.contentlint.rules.Fixability.NONE, tags, true, List.of(), docs, "built-in");
    }
}
