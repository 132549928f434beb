package dev.contentlint.report;

import dev.contentlint.engine.Finding;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice} annotation a finding,
 * then the plain summary line. Paths are relative to the working directory, which in a
 * workflow step is the repository root unless the step changes it.
 */
public final class GithubReporter implements Reporter {
    @Override
    public String render(ReportInput input) {
        StringBuilder out = new StringBuilder();
        for (Finding f : input.findings()) {
            out.append("::").append(command(f)).append(" file=").append(escapeProperty(f.path()))
                    .append(",line=").append(f.start().line());
            // GitHub only accepts columns when the annotation starts and ends on the same line.
            if (f.end().line() == f.start().line()) {
                out.append(",col=").append(f.start().column())
                        .append(",endLine=").append(f.end().line())
                        .append(",endColumn=").append(f.end().column());
            } else {
                out.append(",endLine=").append(f.end().line());
            }
            out.append(",title=").append(escapeProperty(f.ruleId()))
                    .append("::").append(escapeData(f.message())).append('\n');
        }
        // Internal errors also exit with 2; an annotation shows them on the run's page too.
        for (String error : input.result().internalErrors()) {
            out.append("::error title=contentlint internal error::").append(escapeData(error)).append('\n');
        }
        out.append(TextReporter.summary(input.result())).append('\n');
        return out.toString();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message, as the Actions runner unescapes it. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, where ':' and ',' would otherwise end the value. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
