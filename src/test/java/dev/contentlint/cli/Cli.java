package dev.contentlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the real command line in-process through {@link Main#run} and captures what it prints.
 * Shared by the CLI and engine tests.
 */
public final class Cli {
    private Cli() {}

    /** The exit code and the text written to standard output and standard error. */
    public record Run(int code, String out, String err) {
        /** Standard output split into lines, without line breaks. */
        public List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\r?\n", -1)).subList(0, count(out));
        }

        private static int count(String text) {
            String[] parts = text.split("\r?\n", -1);
            return parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** How the engine shows a path: relative to the working directory, '/'-separated. */
    public static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return cwd.relativize(abs).toString().replace('\\', '/');
    }
}
