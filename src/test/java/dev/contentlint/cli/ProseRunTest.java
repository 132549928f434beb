package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` with prose on, run as a real process: the cache, --no-cache and --no-prose. */
class ProseRunTest {
    /** A small repository of its own (it has a .contentlint.yaml), so that the rules that span pages see only it. */
    private static final Path FIXTURES = Path.of("fixtures/grammar").toAbsolutePath();
    private static final String GRAMMAR_PAGE = "content/learn/biology/why-do-leaves-change-color-in-autumn.md";

    @TempDir
    Path cacheDir;

    private record Result(int code, String out, String classesLoaded) {}

    /** Runs contentlint in a fresh JVM that logs each class it loads. */
    private static Result contentlint(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(FIXTURES.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        StringBuilder classes = new StringBuilder();
        StringBuilder report = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            (line.startsWith("[") && line.contains("class,load") ? classes : report).append(line).append('\n');
        }
        return new Result(process.exitValue(), report.toString(), classes.toString());
    }

    @Test
    void aFullyCachedRunGivesTheSameReportWithoutLoadingLanguageTool() throws Exception {
        Result cold = contentlint("check", "--cache-dir", cacheDir.toString(), "--fail-on", "never", GRAMMAR_PAGE);
        assertEquals(0, cold.code());
        assertTrue(cold.out().contains("[grammar]"), cold.out());
        assertTrue(cold.classesLoaded().contains("org.languagetool.JLanguageTool "), "the cold run used LanguageTool");
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("prose-")).count());
        }

        Result warm = contentlint("check", "--cache-dir", cacheDir.toString(), "--fail-on", "never", GRAMMAR_PAGE);
        assertEquals(cold.out(), warm.out());
        assertFalse(warm.classesLoaded().contains("org.languagetool."), "the cached run loaded LanguageTool");
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() throws Exception {
        Result run = contentlint("check", "--no-cache", "--cache-dir", cacheDir.toString(), "--fail-on", "never",
                GRAMMAR_PAGE);
        assertTrue(run.out().contains("[grammar]"), run.out());
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void noProseSkipsTheProseRulesAndLanguageTool() throws Exception {
        Result run = contentlint("check", "--no-prose", "--cache-dir", cacheDir.toString(), GRAMMAR_PAGE);
        assertEquals(0, run.code());
        assertFalse(run.out().contains("[grammar]"), run.out());
        assertFalse(run.classesLoaded().contains("org.languagetool."));
    }

    @Test
    void anUnknownLanguageToolRuleIsAConfigurationError() throws Exception {
        Path config = Files.writeString(cacheDir.resolve("bad.yaml"),
                "extends: default\nprose:\n  disabled-rules: [NO_SUCH_RULE]\n");
        Cli.Run run = Cli.run("check", "--config", config.toString(), "--no-cache", FIXTURES.resolve(GRAMMAR_PAGE).toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("NO_SUCH_RULE"), run.err());
    }
}
