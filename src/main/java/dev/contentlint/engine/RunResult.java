package dev.contentlint.engine;

import dev.contentlint.rules.Severity;
import java.util.List;

/**
 * What a run found, over how many pages, and how long it took. {@code internalErrors} are
 * failures of the tool itself (a rule that threw), each naming the page; they make the run
 * exit with 2 but do not stop it. {@code fixed} lists the pages that {@code --fix} or
 * {@code --fix-dry-run} changed or refused to change.
 */
public record RunResult(List<Finding> findings, int pagesChecked, List<String> internalErrors, long elapsedMillis,
        List<FixedPage> fixed) {

    public RunResult(List<Finding> findings, int pagesChecked, List<String> internalErrors, long elapsedMillis) {
        this(findings, pagesChecked, internalErrors, elapsedMillis, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}
