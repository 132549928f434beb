package dev.contentlint.engine;

import dev.contentlint.rules.Severity;
import java.util.List;

/**
 * What a run found, over how many pages, and how long it took. {@code internalErrors} are
 * failures of the tool itself (a rule that threw), each naming the page; they make the run
 * exit with 2 but do not stop it. {@code fixed} lists the pages that {@code --fix} or
 * {@code --fix-dry-run} changed or refused to change. {@code suppressed} counts the findings
 * that were found but not reported.
 */
public record RunResult(List<Finding> findings, int pagesChecked, List<String> internalErrors, long elapsedMillis,
        List<FixedPage> fixed, Suppressed suppressed) {

    /** Findings left out of the report: by suppression comments in the pages, and by a baseline file. */
    public record Suppressed(long inline, long baseline) {
        public static final Suppressed NONE = new Suppressed(0, 0);

        public long total() {
            return inline + baseline;
        }
    }

    public RunResult(List<Finding> findings, int pagesChecked, List<String> internalErrors, long elapsedMillis) {
        this(findings, pagesChecked, internalErrors, elapsedMillis, List.of(), Suppressed.NONE);
    }

    /** The same run with only {@code kept} of its findings reported, the rest counted as the baseline's. */
    public RunResult withBaseline(List<Finding> kept) {
        return new RunResult(kept, pagesChecked, internalErrors, elapsedMillis, fixed,
                new Suppressed(suppressed.inline(), suppressed.baseline() + findings.size() - kept.size()));
    }

    /** The same run reporting only {@code kept} of its findings, which a narrower selection left out. */
    public RunResult withFindings(List<Finding> kept) {
        return new RunResult(kept, pagesChecked, internalErrors, elapsedMillis, fixed, suppressed);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}
