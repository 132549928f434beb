package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real engine with the built-in default profile on each fixture page alone, and
 * compares its findings, as {@code LINE:COLUMN RULE-ID}, with the page's {@code .expected}
 * file. Good pages expect nothing from any rule; bad pages expect exactly their findings.
 */
class FixtureTest {
    /** Prose is checked too, so that every fixture page is also clean prose unless it expects otherwise. */
    private static final ProseService PROSE = new ProseService(Fixtures.defaultConfig().prose(),
            ProseCache.inMemory(Fixtures.defaultConfig().prose().fingerprint(), "fixtures"));

    static Stream<Arguments> pages() {
        return Fixtures.pages().stream().map(page -> Arguments.of(Fixtures.name(page), page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void findingsAreExactlyTheExpectedOnes(String name, Path page) {
        RunResult result = Fixtures.check(page, PROSE);
        assertEquals(List.of(), result.internalErrors(), "internal errors on " + name);

        List<String> expected = Fixtures.expected(page);
        List<String> actual = result.findings().stream().map(FixtureTest::key).sorted(Fixtures.ORDER).toList();
        if (!actual.equals(expected)) {
            fail(diff(name, expected, actual, result.findings()));
        }
        String rule = Fixtures.ruleOf(page);
        if (!expected.isEmpty()) {
            assertTrue(expected.stream().anyMatch(line -> line.split(" ")[1].equals(rule)),
                    name + " is a bad page of fixtures/" + rule + "/ but expects no finding of '" + rule + "': "
                            + expected);
        }
    }

    /** "LINE:COLUMN RULE-ID", then " also LINE:COLUMN ..." for the other occurrences of a defect found many times. */
    static String key(Finding f) {
        StringBuilder key = new StringBuilder().append(f.start().line()).append(':').append(f.start().column())
                .append(' ').append(f.ruleId());
        if (!f.related().isEmpty()) {
            key.append(" also");
            f.related().stream().skip(1).forEach(span -> key.append(' ').append(span.start().line()).append(':')
                    .append(span.start().column()));
        }
        return key.toString();
    }

    /** Which expected findings are missing, which are unexpected, and what the engine said. */
    private static String diff(String name, List<String> expected, List<String> actual, List<Finding> findings) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        StringBuilder out = new StringBuilder("findings of ").append(name).append(" differ from ")
                .append(Fixtures.expectedFile(Fixtures.ROOT.resolve(name)).getFileName()).append('\n');
        if (missing.isEmpty() && extra.isEmpty()) {
            out.append("  same findings, but the .expected file is not sorted (by line, column, rule id)\n");
        }
        missing.forEach(line -> out.append("  - expected, not reported: ").append(line).append('\n'));
        extra.forEach(line -> out.append("  + reported, not expected: ").append(line).append('\n'));
        out.append("all findings of the engine:\n");
        if (findings.isEmpty()) {
            out.append("  (none)\n");
        }
        findings.forEach(f -> out.append("  ").append(key(f)).append("  ").append(f.message()).append('\n'));
        out.append("expected (").append(expected.size()).append("):\n");
        expected.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }
}
