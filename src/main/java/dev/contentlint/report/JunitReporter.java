package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test-report views. Each page with findings is a {@code <testsuite>} named
 * by its path, and each finding a failing {@code <testcase>} named "rule-id line:col", with
 * the severity as the failure type (info findings too: the report shows everything found,
 * and the exit code alone decides whether the build fails). Only pages with findings are
 * known by path, so a last suite "contentlint" holds one passing testcase that stands for
 * all clean pages, plus one errored testcase per internal error. Test names stay the same
 * from run to run, so CI can track them; counts go in the testcase output instead.
 */
public final class JunitReporter implements Reporter {
    static final String SUMMARY_SUITE = "contentlint";
    static final String CLEAN_CASE = "files without findings";

    @Override
    public String render(ReportInput input) {
        RunResult result = input.result();
        List<String> internalErrors = result.internalErrors();
        int tests = result.findings().size() + 1 + internalErrors.size();
        XmlOutput xml = new XmlOutput().start("testsuites")
                .attribute("name", "contentlint")
                .attribute("tests", tests)
                .attribute("failures", result.findings().size())
                .attribute("errors", internalErrors.size());

        for (Map.Entry<String, List<Finding>> file : input.findingsByPath().entrySet()) {
            String path = file.getKey();
            xml.start("testsuite")
                    .attribute("name", path)
                    .attribute("tests", file.getValue().size())
                    .attribute("failures", file.getValue().size())
                    .attribute("errors", 0);
            for (Finding f : file.getValue()) {
                xml.start("testcase")
                        .attribute("classname", path)
                        .attribute("name", f.ruleId() + " " + f.start().line() + ":" + f.start().column())
                        .start("failure")
                        .attribute("message", f.message())
                        .attribute("type", f.severity().label())
                        .text(details(f))
                        .end()
                        .end();
            }
            xml.end();
        }

        long clean = Math.max(0, result.pagesChecked() - result.filesWithFindings());
        xml.start("testsuite")
                .attribute("name", SUMMARY_SUITE)
                .attribute("tests", 1 + internalErrors.size())
                .attribute("failures", 0)
                .attribute("errors", internalErrors.size());
        xml.start("testcase").attribute("classname", SUMMARY_SUITE).attribute("name", CLEAN_CASE)
                .start("system-out")
                .text(clean + " of " + TextReporter.plural(result.pagesChecked(), "file") + " checked had no findings")
                .end()
                .end();
        for (int i = 0; i < internalErrors.size(); i++) {
            xml.start("testcase").attribute("classname", SUMMARY_SUITE).attribute("name", "internal error " + (i + 1))
                    .start("error")
                    .attribute("message", internalErrors.get(i))
                    .attribute("type", "internal-error")
                    .text(internalErrors.get(i))
                    .end()
                    .end();
        }
        return xml.end().end().finish();
    }

    /** The failure's body: the text-format line, then the field and the excerpt when there are any. */
    private static String details(Finding f) {
        StringBuilder text = new StringBuilder(TextReporter.prefix(f)).append(f.message()).append('\n');
        if (f.field() != null) {
            text.append("field: ").append(f.field()).append('\n');
        }
        if (!f.excerpt().isEmpty()) {
            text.append("excerpt: ").append(f.excerpt()).append('\n');
        }
        return text.toString();
    }
}
