package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code path:line:col: severity [rule-id] message}, one finding a line, then a summary line; control
 * characters in paths and messages are escaped, so a finding never spans lines.
 */
public final class TextReporter extends StreamingReporter {

    @Override
    public void write(ReportInput input, java.io.Writer out) throws java.io.IOException {
        // Runs of lines are formatted in parallel, a few at a time, and written in order.
        java.util.List<Finding> findings = input.findings();
        int run = 1 << 12;
        int runs = (findings.size() + run - 1) / run;
        for (int first = 0; first < runs; first += 16) {
            int from = first;
            java.util.List<String> texts = java.util.stream.IntStream.range(from, Math.min(runs, from + 16)).parallel()
                    .mapToObj(r -> {
                        StringBuilder text = new StringBuilder(run * 160);
                        for (int i = r * run; i < Math.min(findings.size(), (r + 1) * run); i++) {
                            text.append(line(findings.get(i)));
                        }
                        return text.toString();
                    }).toList();
            for (String text : texts) {
                out.append(text);
            }
        }
        out.append(summary(input.result())).append('\n');
    }

    static String line(Finding f) {
        return prefix(f) + Printable.of(f.message()) + '\n';
    }

    /** "path:line:col: severity [rule-id] ", what precedes the message. */
    static String prefix(Finding f) {
        return Printable.path(f.path()) + ':' + f.start().line() + ':' + f.start().column() + ": " + f.severity().label()
                + " [" + f.ruleId() + "] ";
    }

    /** "3 problems (1 error, 2 warnings, 0 info) in 2 of 10 files" */
    public static String summary(RunResult result) {
        int total = result.findings().size();
        String summary = total + " problem" + (total == 1 ? "" : "s")
                + " (" + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + result.count(Severity.INFO) + " info) in " + result.filesWithFindings() + " of "
                + plural(result.pagesChecked(), "file") + " checked";
        RunResult.Suppressed suppressed = result.suppressed();
        if (suppressed.total() > 0) {
            List<String> by = new ArrayList<>();
            if (suppressed.inline() > 0) {
                by.add(suppressed.inline() + " by comments in the pages");
            }
            if (suppressed.baseline() > 0) {
                by.add(suppressed.baseline() + " by the baseline");
            }
            summary += "; " + suppressed.total() + " suppressed (" + String.join(", ", by) + ")";
        }
        if (!result.internalErrors().isEmpty()) {
            summary += "; " + plural(result.internalErrors().size(), "internal error");
        }
        return summary;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
