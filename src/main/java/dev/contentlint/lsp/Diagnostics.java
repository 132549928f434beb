package dev.contentlint.lsp;

import dev.contentlint.config.ConfigException;
import dev.contentlint.engine.Finding;
import dev.contentlint.page.LineIndex;
import dev.contentlint.rules.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Findings as LSP diagnostics. Our positions are 1-based lines and columns counted in UTF-16
 * units, the end exclusive; LSP's are the same, 0-based.
 */
final class Diagnostics {
    static final String SOURCE = "contentlint";

    private Diagnostics() {}

    static List<Diagnostic> of(String uri, List<Finding> findings, Map<String, RuleMeta> rules) {
        List<Diagnostic> diagnostics = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            diagnostics.add(of(uri, finding, rules.get(finding.ruleId())));
        }
        return diagnostics;
    }

    static Diagnostic of(String uri, Finding finding, RuleMeta meta) {
        Diagnostic diagnostic = new Diagnostic(range(finding.start(), finding.end()), finding.message(),
                severity(finding), SOURCE, finding.ruleId());
        if (meta != null) {
            diagnostic.setCodeDescription(new DiagnosticCodeDescription(meta.helpUri()));
        }
        if (finding.related().size() > 1) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            int n = 0;
            for (Finding.Span span : finding.related()) {
                n++;
                related.add(new DiagnosticRelatedInformation(new Location(uri, range(span.start(), span.end())),
                        "occurrence " + n + " of " + finding.related().size()));
            }
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    /** A broken configuration, on the line the loader names (the first line when it names none). */
    static Diagnostic of(ConfigException broken) {
        Position at = new Position(Math.max(0, broken.line() - 1), Math.max(0, broken.column() - 1));
        Diagnostic diagnostic = new Diagnostic(new Range(at, new Position(at.getLine(), at.getCharacter() + 1)),
                "configuration error: " + broken.getMessage() + "; the last good configuration stays in use",
                DiagnosticSeverity.Error, SOURCE, "configuration");
        return diagnostic;
    }

    static Range range(dev.contentlint.page.Position start, dev.contentlint.page.Position end) {
        return new Range(position(start), position(end));
    }

    static Position position(dev.contentlint.page.Position position) {
        return new Position(position.line() - 1, position.column() - 1);
    }

    /** The LSP range of characters {@code [start, end)} of a text. */
    static Range range(LineIndex lines, int start, int end) {
        return range(lines.position(start), lines.position(end));
    }

    /** The offset of an LSP position in a text, clamped to its line. */
    static int offset(LineIndex lines, Position position) {
        int line = Math.min(Math.max(0, position.getLine()), lines.lineCount() - 1);
        int start = lines.lineStart(line);
        return Math.min(start + Math.max(0, position.getCharacter()), lines.lineEnd(line));
    }

    private static DiagnosticSeverity severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
