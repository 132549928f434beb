package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real pre-commit tool (Debian's, which
 * .ci/run installs) on a content repository of two pages, one good and one with an error.
 *
 * <p>The hook repository is a fresh git repository of this project's tracked files as they are in
 * the working tree, so uncommitted edits are tested too. Its {@code target/} is not copied: every
 * clone that pre-commit makes builds the jar on first use, with Maven, from the clone itself. That
 * takes some 15 seconds a clone. pre-commit's cache, its temporary directories, git's global
 * configuration and contentlint's cache all live in a temporary directory; HOME is kept so that
 * Maven uses the usual local repository instead of downloading every dependency again.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class PreCommitHookTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path PAGES = PROJECT.resolve("fixtures/required-field");
    private static final String GOOD = "content/learn/economics/how-do-higher-interest-rates-help-a-central-bank-slow-inflation.md";
    /** Its {@code seo.title} is empty. */
    private static final String BAD = "content/learn/chemistry/why-does-dissolving-salt-in-water-lower-its-freezing-point.md";
    /** Only stops a hang: a pre-commit run that builds the jar takes some 15 seconds. */
    private static final Duration HOOK_LIMIT = Duration.ofMinutes(10);
    private static final Duration GIT_LIMIT = Duration.ofMinutes(2);
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static Path preCommit;
    private static Path hookRepo;
    private static String hookRev;
    private static final Map<String, String> ENV = new HashMap<>();

    @TempDir
    Path content;

    private record Result(int code, String output, Duration took) {
        @Override
        public String toString() {
            return "exit " + code + " after " + took.toMillis() + " ms\n--- output ---\n" + output;
        }
    }

    @BeforeAll
    static void hookRepository() throws Exception {
        preCommit = onPath("pre-commit");
        if (preCommit == null) {
            fail("pre-commit is not on the PATH. This test runs the real tool: install it (Debian: apt-get install "
                    + "pre-commit, which .ci/run does) or put it on the PATH.");
        }
        // Nothing of the user's: no git configuration, no pre-commit cache, no contentlint cache.
        ENV.putAll(System.getenv());
        ENV.keySet().removeIf(key -> key.startsWith("GIT_") || key.startsWith("PRE_COMMIT"));
        Path gitConfig = Files.writeString(shared.resolve("gitconfig"), "");
        ENV.put("GIT_CONFIG_GLOBAL", gitConfig.toString());
        ENV.put("GIT_CONFIG_NOSYSTEM", "1");
        ENV.put("GIT_AUTHOR_NAME", "Content Team");
        ENV.put("GIT_AUTHOR_EMAIL", "content@example.org");
        ENV.put("GIT_COMMITTER_NAME", "Content Team");
        ENV.put("GIT_COMMITTER_EMAIL", "content@example.org");
        ENV.put("PRE_COMMIT_HOME", Files.createDirectories(shared.resolve("pre-commit-home")).toString());
        ENV.put("PRE_COMMIT_COLOR", "never");
        // try-repo keeps its own clone, and so builds its own jar, in a temporary directory.
        ENV.put("TMPDIR", Files.createDirectories(shared.resolve("tmp")).toString());
        ENV.put("CONTENTLINT_CACHE_DIR", Files.createDirectories(shared.resolve("contentlint-cache")).toString());

        Result version = run(shared, GIT_LIMIT, Map.of(), preCommit.toString(), "--version");
        assertEquals(0, version.code(), version::toString);
        System.out.println("PreCommitHookTest: " + version.output().strip());

        hookRepo = Files.createDirectories(shared.resolve("hook-repo"));
        for (String file : trackedFiles()) {
            Path from = PROJECT.resolve(file);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) { // a tracked file deleted in the working tree is left out
                Path to = hookRepo.resolve(file);
                Files.createDirectories(to.getParent());
                // COPY_ATTRIBUTES keeps bin/contentlint executable, which a script hook must be.
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
        assertTrue(Files.isRegularFile(hookRepo.resolve(".pre-commit-hooks.yaml")), "the hook manifest is tracked");
        assertFalse(Files.exists(hookRepo.resolve("target")), "the hook repository has no build");
        git(hookRepo, "init", "-q", "-b", "main");
        git(hookRepo, "add", "-A");
        git(hookRepo, "commit", "-q", "-m", "contentlint as it is in the working tree");
        hookRev = git(hookRepo, "rev-parse", "HEAD").strip();
    }

    /** The files {@code git ls-files} lists in the project directory. */
    private static List<String> trackedFiles() throws Exception {
        // The user's own git configuration (such as safe.directory) applies to the project's checkout.
        Path list = shared.resolve("ls-files");
        Process process = new ProcessBuilder("git", "-c", "safe.directory=" + PROJECT, "ls-files", "-z")
                .directory(PROJECT.toFile()).redirectOutput(list.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(GIT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("git ls-files did not finish");
        }
        assertEquals(0, process.exitValue(), "git ls-files failed in " + PROJECT + ": the test needs a git checkout");
        List<String> files = new ArrayList<>();
        for (String file : Files.readString(list).split("\0")) {
            if (!file.isEmpty()) {
                files.add(file);
            }
        }
        return files;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    /** Runs a command in {@code dir} with the test's environment; a run longer than {@code limit} fails the test. */
    private static Result run(Path dir, Duration limit, Map<String, String> extraEnv, String... command)
            throws IOException, InterruptedException {
        Path log = shared.resolve("run-" + RUNS.incrementAndGet() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(ENV);
        builder.environment().putAll(extraEnv);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + limit + "; its output so far:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), took);
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result result = run(dir, GIT_LIMIT, Map.of(), command.toArray(String[]::new));
        assertEquals(0, result.code(), () -> String.join(" ", command) + "\n" + result);
        return result.output();
    }

    private Result preCommit(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(preCommit.toString()));
        command.addAll(List.of(args));
        Result result = run(content, HOOK_LIMIT, extraEnv, command.toArray(String[]::new));
        System.out.printf("PreCommitHookTest: pre-commit %s: exit %d in %.1f s%n", String.join(" ", args),
                result.code(), result.took().toMillis() / 1000.0);
        return result;
    }

    /** The finding that the bad page gets, as the text output prints it: path:line:col: severity [rule-id]. */
    private static String badFinding() throws IOException {
        String expected = Files.readString(PAGES.resolve(BAD.replaceFirst("\\.md$", ".expected"))).strip();
        String[] parts = expected.split(" "); // "10:3 required-field"
        assertEquals(2, parts.length, "one expected finding: " + expected);
        return BAD + ":" + parts[0] + ": error [" + parts[1] + "]";
    }

    /** A content repository with a configuration and both pages in the working tree, nothing staged. */
    private void contentRepository() throws IOException, InterruptedException {
        git(content, "init", "-q", "-b", "main");
        Files.writeString(content.resolve(".contentlint.yaml"), "extends: default\n");
        for (String page : List.of(GOOD, BAD)) {
            Files.createDirectories(content.resolve(page).getParent());
            Files.copy(PAGES.resolve(page), content.resolve(page));
        }
    }

    private void preCommitConfig(String hook, String args) throws IOException {
        Files.writeString(content.resolve(".pre-commit-config.yaml"), "repos:\n"
                + "  - repo: " + hookRepo + "\n"
                + "    rev: " + hookRev + "\n"
                + "    hooks:\n"
                + "      - id: " + hook + "\n"
                + (args == null ? "" : "        args: " + args + "\n"));
    }

    @Test
    void tryRepoFailsWithABadPageStagedAndPassesWithOnlyTheGoodOne() throws Exception {
        contentRepository();
        git(content, "add", ".contentlint.yaml", GOOD, BAD);

        Result bad = preCommit(Map.of(), "try-repo", hookRepo.toString(), "contentlint");
        assertNotEquals(0, bad.code(), bad::toString);
        assertTrue(bad.output().contains("building the jar"), "the jar is built in pre-commit's clone on first use\n" + bad);
        assertTrue(bad.output().contains(badFinding()), bad::toString);
        assertFalse(bad.output().contains(GOOD + ":"), bad::toString);

        // The bad page stays in the working tree, unstaged: pre-commit passes only staged files.
        git(content, "rm", "-q", "--cached", BAD);
        Result good = preCommit(Map.of(), "try-repo", hookRepo.toString(), "contentlint", "--verbose");
        assertEquals(0, good.code(), good::toString);
        assertTrue(good.output().contains("0 problems"), good::toString);
        assertTrue(good.output().contains("of 1 file checked"), good::toString);
        assertFalse(good.output().contains(BAD), good::toString);
    }

    @Test
    void theInstalledHookBlocksACommitOfABadPageAndLetsAGoodOneThrough() throws Exception {
        contentRepository();
        preCommitConfig("contentlint", null);
        git(content, "add", ".contentlint.yaml", ".pre-commit-config.yaml");
        git(content, "commit", "-q", "-m", "Check pages with contentlint");
        Result install = preCommit(Map.of(), "install");
        assertEquals(0, install.code(), install::toString);
        assertTrue(Files.isExecutable(content.resolve(".git/hooks/pre-commit")), install::toString);

        git(content, "add", BAD);
        Result blocked = run(content, HOOK_LIMIT, Map.of(), "git", "commit", "-m", "Add a page about salt");
        System.out.printf("PreCommitHookTest: git commit of the bad page: exit %d in %.1f s%n", blocked.code(),
                blocked.took().toMillis() / 1000.0);
        assertNotEquals(0, blocked.code(), blocked::toString);
        assertTrue(blocked.output().contains(badFinding()), blocked::toString);
        assertEquals("1", git(content, "rev-list", "--count", "HEAD").strip(), "no commit was made");

        git(content, "rm", "-q", "--cached", BAD);
        git(content, "add", GOOD);
        Result allowed = run(content, HOOK_LIMIT, Map.of(), "git", "commit", "-m", "Add a page about interest rates");
        System.out.printf("PreCommitHookTest: git commit of the good page: exit %d in %.1f s%n", allowed.code(),
                allowed.took().toMillis() / 1000.0);
        assertEquals(0, allowed.code(), allowed::toString);
        assertTrue(allowed.output().contains("Passed"), allowed::toString);
        assertEquals("2", git(content, "rev-list", "--count", "HEAD").strip());
        assertEquals("Add a page about interest rates", git(content, "log", "-1", "--format=%s").strip());
        List<String> committed = List.of(git(content, "ls-tree", "-r", "--name-only", "HEAD").split("\n"));
        assertTrue(committed.contains(GOOD), committed::toString);
        assertFalse(committed.contains(BAD), committed::toString);
    }

    @Test
    void theSystemHookRunsContentlintFromThePathWithItsArgsBetweenTheEntryAndTheFiles() throws Exception {
        contentRepository();
        preCommitConfig("contentlint-system", null);
        git(content, "add", ".contentlint.yaml", ".pre-commit-config.yaml", BAD);
        Result install = preCommit(Map.of(), "install-hooks");
        assertEquals(0, install.code(), install::toString);

        // pre-commit's clone of the hook repository, whose bin/contentlint builds the jar if no run did yet.
        Path clone;
        try (Stream<Path> dirs = Files.list(Path.of(ENV.get("PRE_COMMIT_HOME")))) {
            List<Path> clones = dirs.filter(d -> Files.isRegularFile(d.resolve(".pre-commit-hooks.yaml"))).toList();
            assertEquals(1, clones.size(), clones::toString);
            clone = clones.get(0);
        }
        // An installed contentlint that also records the arguments it was given, one a line.
        Path tools = Files.createTempDirectory(shared, "tools");
        Path args = tools.resolve("args.txt");
        Path wrapper = Files.writeString(tools.resolve("contentlint"), "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > '" + args + "'\n"
                + "exec '" + clone.resolve("bin/contentlint") + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> path = Map.of("PATH", tools + File.pathSeparator + ENV.get("PATH"));

        Result bad = preCommit(path, "run", "contentlint-system");
        assertNotEquals(0, bad.code(), bad::toString);
        assertTrue(bad.output().contains(badFinding()), bad::toString);
        // The entry, then the hook's default args, then the staged Markdown files (not the YAML ones).
        assertEquals(List.of("check", "--no-prose", BAD), Files.readAllLines(args));

        // A project's own args replace the default ones and still come before the files.
        preCommitConfig("contentlint-system", "[--no-prose, --fail-on, never]");
        git(content, "add", ".pre-commit-config.yaml");
        Result overridden = preCommit(path, "run", "contentlint-system", "--verbose");
        assertEquals(0, overridden.code(), overridden::toString);
        assertTrue(overridden.output().contains(badFinding()), overridden::toString);
        assertEquals(List.of("check", "--no-prose", "--fail-on", "never", BAD), Files.readAllLines(args));
    }

    /**
     * The configuration that README.md and docs/pre-commit.md show, with the repository's URL
     * pointing at the hook repository: its placeholder {@code rev} is no tag or commit of the hook
     * repository (which has no tags, as contentlint has none), and {@code pre-commit autoupdate}
     * turns it into the id of the newest commit, which pre-commit can then install.
     */
    @Test
    void theDocumentedConfigurationGetsItsRevFromAutoupdate() throws Exception {
        assertEquals("", git(hookRepo, "tag").strip(), "the hook repository has no tags");
        for (String doc : List.of("README.md", "docs/pre-commit.md")) {
            String text = Files.readString(PROJECT.resolve(doc));
            java.util.regex.Matcher block = java.util.regex.Pattern
                    .compile("```yaml\n(repos:\n  - repo: (\\S+).*?)```", java.util.regex.Pattern.DOTALL).matcher(text);
            assertTrue(block.find(), doc + " shows a .pre-commit-config.yaml");
            String config = block.group(1).replace(block.group(2), hookRepo.toString());
            // The rev names no tag (there are none) and says, on its own line, how it gets set.
            assertTrue(config.matches("(?s).*\\n    rev: \\S+ +# `pre-commit autoupdate` [^\\n]*\\n.*"), config);
            assertFalse(config.contains(hookRev), config);
            Path dir = Files.createDirectories(content.resolve(doc.replace('/', '-')));
            git(dir, "init", "-q", "-b", "main");
            Files.writeString(dir.resolve(".pre-commit-config.yaml"), config);

            Result update = run(dir, HOOK_LIMIT, Map.of(), preCommit.toString(), "autoupdate");
            assertEquals(0, update.code(), update::toString);
            String updated = Files.readString(dir.resolve(".pre-commit-config.yaml"));
            assertTrue(updated.contains("    rev: " + hookRev), doc + ": autoupdate wrote the newest commit id\n" + updated);
            Result install = run(dir, HOOK_LIMIT, Map.of(), preCommit.toString(), "install-hooks");
            assertEquals(0, install.code(), install::toString);
        }
    }
}
