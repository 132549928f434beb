package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
    @Test
    void escapesMessageDataExactly() {
        assertEquals("100%25 done%0D%0Anext: a, b <x> & y", GithubReporter.escapeData("100% done\r\nnext: a, b <x> & y"));
    }

    @Test
    void escapesPropertyValuesExactly() {
        assertEquals("a%3Ab%2Cc%25d%0Ae f", GithubReporter.escapeProperty("a:b,c%d\ne f"));
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotDoubled() {
        assertEquals("%250A", GithubReporter.escapeData("%0A"));
    }

    @Test
    void writesOneCommandPerFindingThenAPlainSummary() {
        var finding = ReportFixtures.finding("field-type", Severity.ERROR, "dir,x/a:b.md", "tags",
                ReportFixtures.HOSTILE_MESSAGE, 0, 6, 7, 6, 38, "x");
        var info = ReportFixtures.finding("trailing-whitespace", Severity.INFO, "a.md", null, "Ends with spaces.",
                0, 2, 3, 2, 5, "  ");
        var input = new ReportInput(new RunResult(List.of(finding, info), 4, List.of(), 0), List.of(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
        assertEquals("""
                ::error file=dir%2Cx/a%3Ab.md,line=6,col=7,endLine=6,endColumn=38,title=field-type::\
                Value is 100%25 wrong: expected a list, got a string%0D%0Ahint: <script>alert(1)</script> & "co"
                ::notice file=a.md,line=2,col=3,endLine=2,endColumn=5,title=trailing-whitespace::Ends with spaces.
                2 problems (1 error, 0 warnings, 1 info) in 2 of 4 files checked
                """, new GithubReporter().render(input));
    }

    /** Every character that GitHub reserves, plus escapes already in the text that must not be decoded twice. */
    private static final String RESERVED = "100% p%0Aq%3Ar%2Cs%25 \r\n a:b,c \r d \n e";

    @Test
    void escapesEveryReservedCharacterInMessageFileAndTitle() {
        var finding = ReportFixtures.finding(RESERVED, Severity.WARNING, RESERVED + ".md", null, RESERVED,
                0, 1, 2, 1, 5, "abc");
        var input = new ReportInput(new RunResult(List.of(finding), 1, List.of(), 0), List.of(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
        String output = new GithubReporter().render(input);
        String property = "100%25 p%250Aq%253Ar%252Cs%2525 %0D%0A a%3Ab%2Cc %0D d %0A e";
        String data = "100%25 p%250Aq%253Ar%252Cs%2525 %0D%0A a:b,c %0D d %0A e";
        List<String> lines = List.of(output.split("\n"));
        assertEquals("::warning file=" + property + ".md,line=1,col=2,endLine=1,endColumn=5,title=" + property + "::" + data,
                lines.get(0));
        assertEquals(2, lines.size(), "one annotation line and the summary: " + output);
        assertFalse(output.contains("\r"), output);
    }

    @Test
    void theRunnerGetsBackExactlyWhatWasEscaped() {
        var finding = ReportFixtures.finding(RESERVED, Severity.ERROR, RESERVED + ".md", null, RESERVED,
                0, 3, 1, 4, 2, "abc");
        var input = new ReportInput(new RunResult(List.of(finding), 1, List.of(), 0), List.of(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
        String line = new GithubReporter().render(input).split("\n")[0];
        // As the Actions runner reads a command: "::name props::data", props split at ',' then '='.
        assertEquals("::error ", line.substring(0, 8));
        int separator = line.indexOf("::", 8);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : line.substring(8, separator).split(",")) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), unescapeProperty(property.substring(equals + 1)));
        }
        assertEquals(Map.of("file", RESERVED + ".md", "line", "3", "endLine", "4", "title", RESERVED), properties);
        assertEquals(RESERVED, unescapeData(line.substring(separator + 2)));
    }

    /** The runner's order: the escapes of the reserved characters first, %25 last. */
    private static String unescapeData(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                .replace("%25", "%");
    }

    private static ReportInput many(int errors, int warnings, int infos) {
        List<dev.contentlint.engine.Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(ReportFixtures.finding("field-type", Severity.ERROR, "e.md", "tags", "bad " + i, 0, i + 1, 1, i + 1, 2, "x"));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(ReportFixtures.finding("escaped-newline", Severity.WARNING, "w.md", "answer", "esc " + i, 0, i + 1, 1,
                    i + 1, 3, "\\n"));
        }
        for (int i = 0; i < infos; i++) {
            findings.add(ReportFixtures.finding("trailing-whitespace", Severity.INFO, "i.md", null, "ws " + i, 0, i + 1, 1,
                    i + 1, 2, " "));
        }
        java.util.Collections.reverse(findings); // the reporter orders them itself
        return new ReportInput(new RunResult(findings, 3, List.of(), 0), List.of(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void annotatesTenOfEachLevelMostSevereFirstAndListsTheRestInTheLog() {
        ReportInput input = many(25, 3, 15);
        List<String> lines = List.of(new GithubReporter().render(input).split("\n"));
        assertEquals(10, count(lines, "::error "));
        assertEquals(3, count(lines, "::warning "));
        // Nine info annotations: the tenth notice says what was left out.
        assertEquals(9, count(lines, "::notice file="));
        assertEquals("::error file=e.md,line=1,col=1,endLine=1,endColumn=2,title=field-type::bad 0", lines.get(0));
        assertEquals("e.md:11:1: error [field-type] bad 10", lines.get(10));
        String notice = lines.get(lines.size() - 2);
        assertEquals("::notice title=contentlint::21 more findings are listed in this step's log without an annotation"
                + " (GitHub shows 10 annotations of each level a step): 15 field-type, 6 trailing-whitespace", notice);
        assertEquals(25 + 3 + 15 - 10 - 3 - 9, lines.stream().filter(l -> l.matches("[ewi]\\.md:\\d+:1: .*")).count());
        String message = new GithubReporter().leftOutMessage(input).orElseThrow();
        assertTrue(message.contains("21 left out (15 field-type, 6 trailing-whitespace)"), message);
    }

    @Test
    void tenNoticesFitWhenNothingElseIsLeftOutAndTheCapCanBeChanged() {
        List<String> lines = List.of(new GithubReporter().render(many(10, 0, 10)).split("\n"));
        assertEquals(10, count(lines, "::error "));
        assertEquals(10, count(lines, "::notice file="));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("::notice title=contentlint")));
        assertTrue(new GithubReporter().leftOutMessage(many(10, 0, 10)).isEmpty());

        List<String> two = List.of(new GithubReporter(2).render(many(3, 3, 0)).split("\n"));
        assertEquals(2, count(two, "::error "));
        assertEquals(2, count(two, "::warning "));
        assertEquals(1, count(two, "::notice title=contentlint::2 more findings"));
    }
}
