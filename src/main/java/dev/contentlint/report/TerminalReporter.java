package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.fix.Applicability;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.Printable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text report for a person at a terminal: each file's path as a heading and its findings
 * below it as {@code line:col  severity  message  rule-id}, the layout of ESLint's "stylish"
 * output, which editors' terminals (VS Code's among them) turn into links to the line. Then a
 * table per rule (findings, pages, how many {@code --fix} fixes) and the summary line. Colour
 * marks severities and rule ids unless it is off (NO_COLOR). Every printed text is one line.
 */
public final class TerminalReporter extends StreamingReporter {
    private static final String RESET = "\033[0m";
    private static final String BOLD = "\033[1m";
    private static final String UNDERLINE = "\033[4m";
    private static final String DIM = "\033[2m";

    private final boolean colour;

    public TerminalReporter(boolean colour) {
        this.colour = colour;
    }

    /** What the table says of one rule. */
    private static final class RuleCount {
        final Severity severity;
        int findings;
        int fixable;
        final Set<String> pages = new HashSet<>();

        RuleCount(Severity severity) {
            this.severity = severity;
        }
    }

    /** Colour unless NO_COLOR is set to anything (https://no-color.org) or the terminal is dumb. */
    public static boolean colourWanted(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        Map<String, RuleCount> byRule = new LinkedHashMap<>();
        for (Finding f : input.findings()) {
            byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            RuleCount count = byRule.computeIfAbsent(f.ruleId(), k -> new RuleCount(f.severity()));
            count.findings++;
            count.pages.add(f.path());
            if (f.fix() != null && f.fix().applicability() == Applicability.SAFE) {
                count.fixable++;
            }
        }
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            writeFile(file.getKey(), file.getValue(), out);
        }
        if (!byRule.isEmpty()) {
            writeRules(byRule, out);
        }
        String summary = TextReporter.summary(input.result());
        Severity worst = input.result().count(Severity.ERROR) > 0 ? Severity.ERROR
                : input.result().count(Severity.WARNING) > 0 ? Severity.WARNING : null;
        out.append(worst == null ? summary : paint(BOLD + colourOf(worst), summary)).append('\n');
        int fixable = byRule.values().stream().mapToInt(r -> r.fixable).sum();
        if (fixable > 0) {
            out.append(TextReporter.plural(fixable, "finding")).append(fixable == 1 ? " is" : " are")
                    .append(" fixable with the --fix option\n");
        }
    }

    private void writeFile(String path, List<Finding> findings, Writer out) throws IOException {
        int at = 0;
        for (Finding f : findings) {
            at = Math.max(at, location(f).length());
        }
        out.append(paint(UNDERLINE, Printable.path(path))).append('\n');
        for (Finding f : findings) {
            String severity = f.severity().label();
            out.append("  ").append(paint(DIM, pad(location(f), at))).append("  ")
                    .append(paint(colourOf(f.severity()), severity)).append(" ".repeat(7 - severity.length() + 2))
                    .append(Printable.of(f.message())).append("  ").append(paint(DIM, f.ruleId())).append('\n');
        }
        out.append('\n');
    }

    private void writeRules(Map<String, RuleCount> byRule, Writer out) throws IOException {
        List<Map.Entry<String, RuleCount>> rules = new ArrayList<>(byRule.entrySet());
        rules.sort(Comparator.comparingInt((Map.Entry<String, RuleCount> r) -> r.getValue().findings).reversed()
                .thenComparing(Map.Entry::getKey));
        int width = Math.max("Rule".length(), rules.stream().mapToInt(r -> r.getKey().length()).max().orElse(0));
        out.append(paint(BOLD, pad("Rule", width) + "  Severity  Findings     Pages  Fixable")).append('\n');
        for (Map.Entry<String, RuleCount> rule : rules) {
            RuleCount count = rule.getValue();
            String severity = count.severity.label();
            out.append(paint(colourOf(count.severity), pad(rule.getKey(), width))).append("  ")
                    .append(pad(severity, 8)).append(String.format("  %,8d  %,8d  %,7d", count.findings,
                            count.pages.size(), count.fixable)).append('\n');
        }
        out.append('\n');
    }

    private static String location(Finding f) {
        return f.start().line() + ":" + f.start().column();
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\033[31m";
            case WARNING -> "\033[33m";
            case INFO -> "\033[34m";
        };
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
