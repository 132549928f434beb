package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run without a configuration file on another site's pages says in one line that the default profile does not fit. */
class ProfileFitTest {
    @TempDir
    Path dir;

    @Test
    void pagesThatLackMostRequiredFieldsGetOneLinePointingToInit() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("p" + i + ".md"), "---\ntitle: Page " + i + "\nslug: Docs/P" + i + "\n---\nText.\n");
        }
        Cli.Run run = Cli.run("check", "--no-prose", "--no-cache", dir.toString());
        assertTrue(run.err().contains("contentlint: the built-in default profile does not fit these pages: 12 of 12 lack"
                + " most of its 16 required fields; `contentlint init` writes a profile inferred from them"), run.toString());
        assertTrue(run.err().lines().filter(l -> l.contains("does not fit")).count() == 1, run.toString());
    }

    @Test
    void aConfigurationOrPagesThatFitSayNothing() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("p" + i + ".md"), "---\ntitle: Page " + i + "\n---\nText.\n");
        }
        Path config = Files.writeString(dir.resolve(".contentlint.yaml"), "rules:\n  required-field: {options: {fields: [title]}}\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--no-cache", "--config", config.toString(), dir.toString());
        assertFalse(run.err().contains("does not fit"), run.toString());
    }
}
