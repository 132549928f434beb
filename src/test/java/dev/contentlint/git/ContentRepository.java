package dev.contentlint.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.cli.Cli;
import dev.contentlint.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository of pages in a temporary folder, and contentlint run in it as a user
 * runs it: a separate process whose working directory is the repository.
 */
final class ContentRepository {
    /** Only stops a hang: on a busy machine git and a check of the whole real corpus take over a minute each. */
    private static final int LIMIT_SECONDS = 600;
    private static final Path GOOD_PAGE = Path.of("fixtures/required-field/content/learn/economics/"
            + "how-do-higher-interest-rates-help-a-central-bank-slow-inflation.md").toAbsolutePath();
    private static final String GOOD_STEM = "how-do-higher-interest-rates-help-a-central-bank-slow-inflation";

    final Path root;
    private final Path cache;

    ContentRepository(Path root, Path cache) throws IOException {
        this.root = root;
        this.cache = cache;
        git("init", "-q", "-b", "main");
        Files.writeString(root.resolve(".contentlint.yaml"), "extends: default\n");
        git("add", ".contentlint.yaml");
        git("commit", "-q", "-m", "configuration");
    }

    /** The text of a clean page of the economics folder named {@code stem}, with its own id. */
    static String goodPage(String stem, int id) throws IOException {
        return Files.readString(GOOD_PAGE).replace(GOOD_STEM, stem).replace("id: 57731", "id: " + id);
    }

    /** The same page without its title: a required-field error. */
    static String badPage(String stem, int id) throws IOException {
        return goodPage(stem, id).replaceFirst("title: >-\n    [^\n]*\n", "");
    }

    /** Where a page named {@code stem} sits, relative to the root. */
    static String pagePath(String stem) {
        return "content/learn/economics/" + stem + ".md";
    }

    /** Writes a page into the working tree, relative to the root. */
    Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * Runs git in the repository and fails the test when it fails. Automatic gc and maintenance are
     * off: after a commit of the whole corpus git packs in a detached background process, which
     * still writes into .git while JUnit deletes the temporary folder.
     */
    String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "gc.auto=0", "-c", "maintenance.auto=false"));
        command.addAll(List.of(args));
        Result result = run(command, root);
        assertEquals(0, result.code(), () -> "git " + String.join(" ", args) + " failed:\n" + result);
        return result.out();
    }

    /** Runs contentlint in a fresh JVM in {@code folder} of the repository. */
    Cli.Run contentlintIn(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Result result = run(command, folder);
        return new Cli.Run(result.code(), result.out(), result.err());
    }

    /** Runs contentlint in a fresh JVM at the repository's root. */
    Cli.Run contentlint(String... args) throws IOException {
        return contentlintIn(root, args);
    }

    private record Result(int code, String out, String err) {}

    private Result run(List<String> command, Path folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("CONTENTLINT_CACHE_DIR", cache.toString());
        Path errors = Files.createTempFile(cache, "stderr", ".txt");
        Process process = builder.redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "timed out: " + command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String err = Files.readString(errors);
        Files.delete(errors);
        return new Result(process.exitValue(), out, err);
    }
}
