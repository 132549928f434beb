package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
