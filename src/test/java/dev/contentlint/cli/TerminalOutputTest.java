package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `check` text output in a real pseudo-terminal (util-linux `script`), as a person sees it:
 * grouped by file, coloured unless NO_COLOR, with a table per rule; and one finding a line
 * when piped or with an explicit --format text.
 */
class TerminalOutputTest {
    private static final String ESC = "\033[";

    @TempDir
    Path dir;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\nrules:\n  escaped-newline: warning\n");
        Files.createDirectories(dir.resolve("pages"));
        // a: escaped-newline and trailing-whitespace, both with safe fixes; c: an error and trailing whitespace.
        Files.writeString(dir.resolve("pages/a.md"),
                "---\ntitle: Why does ice float?  \nanswer: 'Ice is lighter.\\nIt floats.\\nAlways.'\n---\n");
        Files.writeString(dir.resolve("pages/c.md"), "---\nid: 1\nid: 2\ntitle: t  \n---\n");
        // b: trailing whitespace inside a block scalar, part of the value, so its fix is unsafe and not counted.
        Files.writeString(dir.resolve("pages/b.md"), "---\ntitle: t\nanswer: |-\n    Line one   \n    Line two\n---\n");
    }

    /** The command's output on a terminal, or piped; run in the site's folder, so that paths are relative to it. */
    private String run(boolean terminal, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--no-cache"));
        command.addAll(List.of(args));
        ProcessBuilder builder;
        if (terminal) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
            String quoted = String.join(" ", command.stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'").toList());
            builder = new ProcessBuilder("/usr/bin/script", "-qfec", quoted, "/dev/null");
        } else {
            builder = new ProcessBuilder(command);
        }
        builder.directory(dir.toFile()).redirectErrorStream(true).environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), out);
        return out.replace("\r\n", "\n");
    }

    private static String plain(String text) {
        return text.replaceAll("\033\\[[0-9;]*m", "");
    }

    @Test
    void onATerminalFindingsAreGroupedByFileInColourWithATablePerRule() throws Exception {
        String out = run(true, Map.of());
        assertTrue(out.contains(ESC + "31m" + "error" + ESC + "0m"), "errors in red: " + out);
        assertTrue(out.contains(ESC + "33m" + "warning" + ESC + "0m"), "warnings in yellow: " + out);
        assertTrue(out.contains(ESC + "2m" + "trailing-whitespace" + ESC + "0m"), "rule ids dimmed: " + out);
        String text = plain(out);
        assertTrue(text.contains("""
                pages/a.md
                  2:27  warning  line ends with 2 trailing whitespace characters  trailing-whitespace
                  3:25  warning  2 literal \\n in 'answer': a single-quoted scalar does not turn them into line breaks  escaped-newline
                """), text);
        assertTrue(text.contains("""

                pages/c.md
                  3:1  error    duplicate key 'id' (first defined on line 2)  front-matter-invalid
                  4:9  warning  line ends with 2 trailing whitespace characters  trailing-whitespace
                """), text);
        assertTrue(text.matches("(?s).*\nRule +Severity +Findings +Pages +Fixable\n"
                + "trailing-whitespace +warning +3 +3 +2\n"
                + "escaped-newline +warning +1 +1 +1\n"
                + "front-matter-invalid +error +1 +1 +0\n\n"
                + "5 problems \\(1 error, 4 warnings, 0 info\\) in 3 of 3 files checked\n"
                + "3 findings are fixable with the --fix option\n"), text);
    }

    @Test
    void noColorTurnsColourOffAndKeepsTheGrouping() throws Exception {
        String out = run(true, Map.of("NO_COLOR", "1"));
        assertFalse(out.contains(ESC), out);
        assertTrue(out.contains("pages/c.md\n  3:1  error    duplicate key"), out);
    }

    @Test
    void pipedOrWithAnExplicitFormatTheOutputIsOneFindingALine() throws Exception {
        String expected = """
                pages/a.md:2:27: warning [trailing-whitespace] line ends with 2 trailing whitespace characters
                pages/a.md:3:25: warning [escaped-newline] 2 literal \\n in 'answer'""";
        String piped = run(false, Map.of());
        assertTrue(piped.startsWith(expected), piped);
        assertFalse(piped.contains(ESC), piped);
        assertTrue(piped.endsWith("pages/c.md:4:9: warning [trailing-whitespace] line ends with 2 trailing whitespace"
                + " characters\n5 problems (1 error, 4 warnings, 0 info) in 3 of 3 files checked\n"), piped);
        String explicit = run(true, Map.of(), "--format", "text");
        assertTrue(explicit.startsWith(expected), explicit);
        assertFalse(explicit.contains(ESC), explicit);
    }
}
