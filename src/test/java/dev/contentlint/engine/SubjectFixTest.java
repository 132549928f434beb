package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** subject-inconsistent's fix: unsafe, so only --unsafe-fixes applies it, and then only to the subject. */
class SubjectFixTest {
    @TempDir
    Path repo;

    private Path page(String stem, String subject) throws IOException {
        Path file = repo.resolve("content/learn/chemistry/" + stem + ".md");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\nid: " + Math.abs(stem.hashCode()) + "\ntitle: A page\nsubject: " + subject
                + "\nfile_name: " + stem + ".md\nurl: /learn/chemistry/questions/" + stem + "\n---\n");
    }

    @Test
    void theMinoritySpellingBecomesTheMajorityOneOnlyWithUnsafeFixes() throws IOException {
        Path config = Files.writeString(repo.resolve(".contentlint.yaml"), "extends: []\nfields:\n  id: id\n  url: url\n"
                + "  subject: subject\nrules:\n  subject-inconsistent: warning\n");
        page("one", "Chemistry");
        page("two", "Chemistry");
        Path odd = page("three", "chemistry  # lower case");
        String before = Files.readString(odd);

        Cli.Run safe = Cli.run("check", "--no-prose", "--config", config.toString(), "--fix", repo.toString());
        assertEquals(before, Files.readString(odd), safe::toString);
        assertTrue(safe.out().contains("[subject-inconsistent] subject 'chemistry' is spelled 'Chemistry' on 2 pages"),
                safe::toString);

        Cli.Run unsafe = Cli.run("check", "--no-prose", "--config", config.toString(), "--fix", "--unsafe-fixes",
                repo.toString());
        assertEquals(before.replace("subject: chemistry  # lower case", "subject: Chemistry  # lower case"),
                Files.readString(odd), unsafe::toString);
        assertTrue(unsafe.err().contains("applied 1 fix to 1 file"), unsafe::toString);
        assertEquals("0 problems (0 errors, 0 warnings, 0 info) in 0 of 3 files checked", unsafe.outLines().get(0),
                unsafe::toString);
    }
}
