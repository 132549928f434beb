package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page named through a link into the repository is the repository's own page, not a second one. */
class LinkedPathTest {
    @TempDir
    Path dir;

    @Test
    void aPageNamedThroughALinkIsNotItsOwnDuplicate() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path config = Files.writeString(real.resolve(".contentlint.yaml"), "extends: [default]\n");
        Path source = Path.of("fixtures/escaped-newline/content/learn/physics");
        Path pages = Files.createDirectories(real.resolve("content/learn/physics"));
        String name = "how-does-a-lever-reduce-the-force-needed-to-lift-a-heavy-load.md";
        Files.copy(source.resolve(name), pages.resolve(name));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        Cli.Run direct = Cli.run("check", "--no-prose", "--format", "json", "--config", config.toString(),
                pages.resolve(name).toString());
        Cli.Run linked = Cli.run("check", "--no-prose", "--format", "json", "--config", config.toString(),
                link.resolve("content/learn/physics").resolve(name).toString());
        assertTrue(!linked.out().contains("duplicate-id") && !linked.out().contains("duplicate-url"), linked.toString());
        // The same findings, under the repository's own name for the page.
        assertEquals(direct.out(), linked.out());
        assertEquals(direct.code(), linked.code());
    }
}
