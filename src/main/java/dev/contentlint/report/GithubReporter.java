package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.rules.Severity;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice} annotation a finding,
 * then the plain summary line. Paths are relative to the working directory, which in a
 * workflow step is the repository root unless the step changes it.
 *
 * <p>GitHub shows at most 10 annotations of each level per step (docs/ci.md, "GitHub's
 * limits") and drops the rest without a word. So the most severe findings, in a stable order,
 * are annotated up to that cap; the others are printed as plain log lines, and a last notice
 * (which takes one of the notices' places) says how many, by rule.
 */
public final class GithubReporter implements Reporter {
    public static final int GITHUB_ANNOTATIONS_PER_LEVEL = 10;
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::path).thenComparingInt(f -> f.start().line())
            .thenComparingInt(f -> f.start().column()).thenComparing(Finding::ruleId);

    private final int perLevel;

    public GithubReporter() {
        this(GITHUB_ANNOTATIONS_PER_LEVEL);
    }

    /** A reporter that annotates at most {@code perLevel} findings of each level. */
    public GithubReporter(int perLevel) {
        if (perLevel < 0) {
            throw new IllegalArgumentException("perLevel < 0: " + perLevel);
        }
        this.perLevel = perLevel;
    }

    /** Which findings get an annotation, in order, and what is left out. */
    private record Plan(List<Finding> sorted, boolean[] annotated, LeftOut leftOut) {}

    private Plan plan(ReportInput input) {
        List<Finding> sorted = input.findings().stream().sorted(ORDER).toList();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        sorted.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        // Internal errors are error annotations too, and come first.
        counts.merge(Severity.ERROR, input.result().internalErrors().size(), Integer::sum);
        boolean capped = counts.values().stream().anyMatch(count -> count > perLevel);
        Map<Severity, Integer> room = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            room.put(severity, severity == Severity.INFO && capped ? Math.max(0, perLevel - 1) : perLevel);
        }
        room.merge(Severity.ERROR, -input.result().internalErrors().size(), Integer::sum);
        boolean[] annotated = new boolean[sorted.size()];
        LeftOut leftOut = new LeftOut(perLevel);
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            annotated[i] = room.merge(f.severity(), -1, Integer::sum) >= 0;
            if (!annotated[i]) {
                leftOut.add(f.ruleId(), 1);
            }
        }
        return new Plan(sorted, annotated, leftOut);
    }

    @Override
    public String render(ReportInput input) {
        StringBuilder out = new StringBuilder();
        // Internal errors also exit with 2; an annotation shows them on the run's page too.
        for (String error : input.result().internalErrors()) {
            out.append("::error title=contentlint internal error::").append(escapeData(error)).append('\n');
        }
        Plan plan = plan(input);
        for (int i = 0; i < plan.sorted().size(); i++) {
            Finding f = plan.sorted().get(i);
            if (plan.annotated()[i]) {
                annotate(f, out);
            } else {
                out.append(TextReporter.line(f));
            }
        }
        LeftOut leftOut = plan.leftOut();
        if (leftOut.total() > 0) {
            StringBuilder byRule = new StringBuilder();
            leftOut.byRule().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    byRule.append(byRule.isEmpty() ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey()));
            out.append("::notice title=contentlint::").append(escapeData(leftOut.total() + " more findings are"
                    + " listed in this step's log without an annotation (GitHub shows " + perLevel
                    + " annotations of each level a step): " + byRule)).append('\n');
        }
        out.append(TextReporter.summary(input.result())).append('\n');
        return out.toString();
    }

    @Override
    public Optional<String> leftOutMessage(ReportInput input) {
        LeftOut leftOut = plan(input).leftOut();
        return leftOut.total() == 0 ? Optional.empty()
                : Optional.of(leftOut.message("the github format annotates at most " + perLevel
                        + " findings of each level, as GitHub shows no more a step (--max-results " + perLevel
                        + "); the others are plain lines of the log"));
    }

    private static void annotate(Finding f, StringBuilder out) {
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
