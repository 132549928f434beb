package dev.contentlint.rules.text;

import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

/** Spaces and tabs at the end of a line, anywhere in the file; the fix deletes them. */
@RuleInfo(id = "trailing-whitespace", summary = "No line ends with spaces or tabs",
        severity = Severity.WARNING, fixable = true, tags = "whitespace", needsFrontMatter = false)
public final class TrailingWhitespace extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        String text = page.text();
        LineIndex lines = page.lines();
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int trimmed = end;
            while (trimmed > start && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
                trimmed--;
            }
            if (trimmed < end) {
                Range range = new Range(trimmed, end);
                int count = end - trimmed;
                String field = fieldAt(page, trimmed);
                context.report(field, range,
                        "line ends with " + count + " trailing whitespace character" + (count == 1 ? "" : "s"),
                        Fix.safe("delete trailing whitespace", FieldChange.any(field), new TextEdit(range, "")));
            }
        }
    }

    /** The top-level front-matter key whose value holds the offset, for baselines and fingerprints. */
    static String fieldAt(Page page, int offset) {
        if (page.frontMatter() == null) {
            return null;
        }
        for (var entry : page.frontMatter().root().entries()) {
            if (entry.key().range().start() <= offset && offset <= entry.value().range().end()) {
                return entry.key().value();
            }
        }
        return null;
    }
}
