package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code CONTENTLINT_TIMING}: each rule's time in a check, the slowest first. */
class RuleTimesTest {
    @Test
    void listsTheSlowestRulesFirstWithTheirShareAndALineForTheRest() {
        RuleTimes times = RuleTimes.of("2", List.of("fast", "slow", "middle"));
        times.checked(0, 1_000_000);
        times.prepared(1, 2_000_000);
        times.checked(1, 4_000_000);
        times.checked(2, 2_000_000);
        times.read(1_000_000);
        List<String> lines = Arrays.asList(times.table().orElseThrow().split("\\R"));
        assertEquals(List.of("rule", "prepare", "ms", "check", "ms", "share"), words(lines.get(0)));
        assertEquals(List.of("slow", "2.0", "4.0", "60.0%"), words(lines.get(1)));
        assertEquals(List.of("middle", "0.0", "2.0", "20.0%"), words(lines.get(2)));
        assertEquals(List.of("2", "more", "2.0", "20.0%"), words(lines.get(3)), "fast and the reading");
        assertEquals(List.of("total,", "all", "threads", "10.0"), words(lines.get(4)));
        assertEquals(5, lines.size());
    }

    @Test
    void theSettingSaysHowManyRowsAndNothingUnsetKeepsNoTimes() {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rules.add("rule-" + i);
        }
        assertTrue(RuleTimes.of(null, rules).table().isEmpty());
        assertTrue(RuleTimes.of(" ", rules).table().isEmpty());
        RuleTimes off = RuleTimes.of(null, rules);
        off.prepared(3, off.since(off.start()));
        off.checked(29, 1_000_000);
        off.read(1_000_000);
        assertEquals(0, off.start(), "a run that keeps no times reads no clock");
        assertTrue(off.table().isEmpty(), "nor keeps what it is given");
        assertEquals(10 + 3, rows("1", rules), "1 turns it on, as TIMING=1 does");
        assertEquals(10 + 3, rows("yes", rules));
        assertEquals(5 + 3, rows("5", rules));
        assertEquals(31 + 2, rows("all", rules), "every rule and the reading, no line for the rest");
        assertEquals(31 + 2, rows("ALL", rules));
    }

    /**
     * The real command line, run as a user runs it: with the variable set, a check writes the
     * table to standard error after the findings; the findings on standard output are the same.
     */
    @Test
    void aCheckWithTheVariableSetWritesTheTableToStandardError() throws Exception {
        Run timed = check("all");
        Run plain = check(null);
        assertEquals(plain.out(), timed.out());
        assertTrue(timed.err().startsWith("rule "), timed.err());
        assertTrue(timed.err().contains("\n(reading and parsing pages) "), timed.err());
        assertTrue(timed.err().contains("\nrequired-field "), timed.err());
        assertTrue(timed.err().contains("\ntotal, all threads "), timed.err());
        assertEquals("", plain.err());
    }

    private record Run(String out, String err) {}

    private static Run check(String timing) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.contentlint.cli.Main", "check", "--no-prose", "--config", "fixtures/.contentlint.yaml",
                "fixtures/required-field");
        builder.environment().remove(RuleTimes.VARIABLE);
        if (timing != null) {
            builder.environment().put(RuleTimes.VARIABLE, timing);
        }
        File err = File.createTempFile("contentlint-timing", ".txt");
        err.deleteOnExit();
        Process process = builder.redirectError(err).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(out, Files.readString(err.toPath()));
    }

    private static int rows(String setting, List<String> rules) {
        return RuleTimes.of(setting, rules).table().orElseThrow().split("\\R").length;
    }

    private static List<String> words(String line) {
        return Arrays.asList(line.strip().split("\\s+"));
    }
}
