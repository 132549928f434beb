package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that checks no page is a mistake of setup: a warning that says why, and exit code 2. */
class NothingCheckedTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithoutMatchingPagesIsAWarningAndExit2() throws IOException {
        Path config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\ninclude: ['docs/**/*.md']\n");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), dir.resolve("content").toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("contentlint: warning: no page was checked: no file under " + dir.resolve("content")
                + " matches the include globs [docs/**/*.md]"), run.toString());
    }

    @Test
    void aConfigurationOutsideTheCheckedFolderSaysSo() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path config = Files.writeString(elsewhere.resolve("lint.yaml"), "extends: []\ninclude: ['files/**/*.md']\n");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("files"));
        Files.writeString(site.resolve("files/a.md"), "---\ntitle: A\n---\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), site.toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("no page was checked: " + site + " is outside " + elsewhere
                + ", the folder of the configuration " + config), run.toString());
    }

    @Test
    void namedFilesThatAreLeftOutKeepTheirOwnWarningAndExit0() throws IOException {
        Path config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\ninclude: ['docs/**/*.md']\n");
        Path page = Files.writeString(dir.resolve("README.md"), "# Read me\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), page.toString());
        assertEquals(0, run.code(), "a commit hook names such files: " + run);
        assertFalse(run.err().contains("no page was checked"), run.toString());
    }
}
