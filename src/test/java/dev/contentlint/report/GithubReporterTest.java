package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import java.util.List;
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
}
