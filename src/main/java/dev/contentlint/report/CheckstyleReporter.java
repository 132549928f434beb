package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, which many CI and review tools read: a {@code <file>} per page with
 * findings, an {@code <error>} per finding, the rule as {@code source="contentlint.<rule-id>"}.
 * Internal errors are not in this format; they show on stderr and in the exit code (2).
 */
public final class CheckstyleReporter implements Reporter {
    /** The format version that Checkstyle itself writes and that readers expect. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public String render(ReportInput input) {
        XmlOutput xml = new XmlOutput().start("checkstyle").attribute("version", FORMAT_VERSION);
        for (Map.Entry<String, List<Finding>> file : input.findingsByPath().entrySet()) {
            xml.start("file").attribute("name", file.getKey());
            for (Finding f : file.getValue()) {
                xml.empty("error")
                        .attribute("line", f.start().line())
                        .attribute("column", f.start().column())
                        .attribute("severity", f.severity().label())
                        .attribute("message", f.message())
                        .attribute("source", "contentlint." + f.ruleId());
            }
            xml.end();
        }
        return xml.end().finish();
    }
}
