package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a run reads besides its pages never hang it or fill its heap: a FIFO or /dev/zero is refused. */
class GuardedInputTest {
    @TempDir
    Path dir;
    private Path page;
    private Path config;

    @BeforeEach
    void site() throws IOException {
        config = Files.writeString(dir.resolve(".contentlint.yaml"), "extends: []\nrules:\n  trailing-whitespace: warning\n");
        page = Files.writeString(dir.resolve("page.md"), "---\ntitle: A page \n---\nText.\n");
    }

    private Cli.Run checkWithBaseline(Path baseline) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("check", "--no-prose", "--no-cache",
                "--config", config.toString(), "--baseline", baseline.toString(), page.toString()));
    }

    @Test
    void aFifoAsTheBaselineIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("baseline.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Cli.Run run = checkWithBaseline(fifo);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("not a regular file"), run::toString);
    }

    @Test
    void aLinkToDevZeroAsTheBaselineIsRefusedWithoutReadingIt() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("baseline.json"), zero);
        Cli.Run run = checkWithBaseline(link);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("not a regular file"), run::toString);
    }

    @Test
    void aLinkToDevZeroAsTheVocabularyIsAConfigurationError() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Files.createSymbolicLink(dir.resolve("words.txt"), zero);
        Files.writeString(config, "extends: []\nprose:\n  vocabulary: words.txt\n");
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("check", "--no-prose",
                "--no-cache", "--config", config.toString(), page.toString()));
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(config.toAbsolutePath() + ":3:15: cannot read vocabulary file"), run::toString);
    }

    @Test
    void aBaselineThatIsNotUtf8NamesTheBadByte() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Files.write(baseline, new byte[] {'{', '\n', ' ', (byte) 0xC3, '}'});
        Cli.Run run = checkWithBaseline(baseline);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("baseline.json:2:2: invalid UTF-8"), run::toString);
    }

    @Test
    void auditHtmlDoesNotOpenAFifoOrDevZeroAmongThePages() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
        Path html = dir.resolve("report.html");
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("audit", "--no-prose",
                "--no-cache", "--config", config.toString(), "--html", html.toString(), "-o", dir.resolve("a.txt").toString(),
                dir.toString()));
        assertEquals(0, run.code(), run::toString);
        String report = Files.readString(html);
        assertTrue(report.contains("pipe.md") && report.contains("zero.md"), "both are reported as unreadable pages");
    }
}
