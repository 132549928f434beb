package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnifiedDiff#of}, applied by the real {@code git apply} to the old text, gives the new
 * text byte for byte: random line edits in LF and CRLF texts, with and without a final
 * newline on either side, with changes at the start, the end and far apart.
 */
class UnifiedDiffGitApplyTest {
    private static final long SEED = Long.getLong("contentlint.fix.seed", 0xD1FFL);
    private static final int CASES = Integer.getInteger("contentlint.diff.cases", 150);

    @TempDir
    Path dir;

    @Test
    void gitApplyOfTheDiffGivesTheNewText() throws Exception {
        assumeTrue(run(dir, "git", "--version") == 0, "git is not installed");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 5; i++) {
            long seed = SEED + i * 0x9E3779B97F4A7C15L;
            Random random = new Random(seed);
            String lineBreak = random.nextInt(4) == 0 ? "\r\n" : "\n";
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(random.nextBoolean() ? 8 : 40);
            for (int l = 0; l < count; l++) {
                lines.add(line(random));
            }
            String before = join(lines, lineBreak, random.nextInt(4) != 0);
            List<String> edited = new ArrayList<>(lines);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(edited.size() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> edited.add(at, line(random));
                    case 1 -> {
                        if (at < edited.size() && edited.size() > 1) {
                            edited.remove(at);
                        }
                    }
                    default -> {
                        if (at < edited.size()) {
                            edited.set(at, line(random));
                        }
                    }
                }
            }
            String after = join(edited, lineBreak, random.nextInt(4) != 0);
            if (after.equals(before)) {
                continue;
            }
            Path file = dir.resolve("page.md");
            Files.writeString(file, before, StandardCharsets.UTF_8);
            String diff = UnifiedDiff.of("page.md", before, after);
            Path patch = dir.resolve("change.patch");
            Files.writeString(patch, diff, StandardCharsets.UTF_8);
            int code = run(dir, "git", "apply", "--whitespace=nowarn", "--unsafe-paths", patch.toString());
            String got = Files.readString(file, StandardCharsets.UTF_8);
            if (code != 0 || !got.equals(after)) {
                failures.add("case " + i + " (seed " + seed + ", base seed " + SEED + "): git apply exit " + code
                        + "\nbefore:\n" + FixTesting.visible(before) + "\nafter:\n" + FixTesting.visible(after)
                        + "\ngot:\n" + FixTesting.visible(got) + "\ndiff:\n" + diff);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
    }

    @Test
    void aMissingFinalNewlineIsMarkedOnTheSideThatLacksIt() {
        String diff = UnifiedDiff.of("p.md", "a\nb", "a\nc");
        assertEquals("--- a/p.md\n+++ b/p.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
                + "\\ No newline at end of file\n", diff);
    }

    private static String line(Random random) {
        String[] words = {"alpha", "é", "🙂", "  indented", "\ttab", "# heading", "---", "", "trailing  ", "\\n",
            "answer: |-", "x"};
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    private static String join(List<String> lines, String lineBreak, boolean finalNewline) {
        String text = String.join(lineBreak, lines);
        return finalNewline ? text + lineBreak : text;
    }

    private static int run(Path cwd, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
