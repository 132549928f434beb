package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder or page the run cannot read is a finding, never a silent skip. Root reads everything,
 * so the check runs in a JVM of its own without the capabilities that bypass file permissions
 * (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH); as another user it runs as it is.
 */
class UnreadableFolderTest {
    @TempDir
    Path dir;
    private final List<Path> locked = new ArrayList<>();

    @AfterEach
    void unlock() throws IOException {
        for (Path path : locked) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private record Run(int code, String out) {}

    private Run check(Path config, Path target) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Process probe = new ProcessBuilder("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "true")
                    .redirectErrorStream(true).start();
            assumeTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
                    "setpriv cannot drop the file capabilities here");
            command.addAll(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.contentlint.cli.Main",
                "check", "--no-prose", "--no-cache", "--config", config.toString(), target.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), out);
        return new Run(process.exitValue(), out);
    }

    private void lock(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        locked.add(path);
    }

    @Test
    void anUnreadableFolderIsAFindingAndFailsTheRun() throws Exception {
        Path config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\n");
        Path site = Files.createDirectories(dir.resolve("content"));
        Files.writeString(site.resolve("good.md"), "---\ntitle: Good\n---\nText.\n");
        Path physics = Files.createDirectories(site.resolve("physics"));
        Files.writeString(physics.resolve("hidden.md"), "---\ntitle: Unseen\n---\nText.\n");
        lock(physics);
        Run run = check(config, site);
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("physics:1:1: error [page-unreadable] is a folder that cannot be read"), run.out());
        assertTrue(run.out().contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files checked"), run.out());
    }

    @Test
    void anUnreadablePageIsAFinding() throws Exception {
        Path config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\n");
        Path page = Files.writeString(dir.resolve("locked.md"), "---\ntitle: Locked\n---\nText.\n");
        lock(page);
        Run run = check(config, dir);
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("locked.md:1:1: error [page-unreadable] cannot read file: permission denied"),
                run.out());
    }
}
