package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `contentlint vocabulary`, in-process, with LanguageTool's real dictionary. */
class VocabularyCommandTest {
    @TempDir
    Path site;

    private Path config;

    @BeforeEach
    void pages() throws IOException {
        config = site.resolve("contentlint.yaml");
        Files.writeString(config, "extends: []\nprose:\n  words: [frobnicate]\n");
        page("a.md", "The photosyntesis of leaves needs light. Teh cat frobnicate the data.");
        page("b.md", "Photosyntesis starts at dawn, and we frobnicate it.");
        page("c.md", "Plants use photosyntesis every day. Our CAQM team measured the frobnicate step.");
        page("d.md", "Only this page has the word zorblat.");
        Files.write(site.resolve("bad.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
    }

    private void page(String name, String body) throws IOException {
        Files.writeString(site.resolve(name), "---\ntitle: A page\n---\n" + body + "\n");
    }

    private Cli.Run vocabulary(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("vocabulary", "--config", config.toString()));
        all.addAll(List.of(args));
        all.add(site.toString());
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> words(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("#")).toList();
    }

    @Test
    void listsUnknownWordsThatEnoughPagesUseButNotTheVocabularysOrNames() {
        Cli.Run run = vocabulary();
        assertEquals(0, run.code(), run.toString());
        // "photosyntesis" is on three pages (once capitalized); "Teh" (as written: only at a
        // sentence start) and "zorblat" on one each;
        // "frobnicate" is a vocabulary word and "CAQM" has a capital inside, a name.
        assertEquals(List.of("photosyntesis"), words(run.outLines()), run.toString());
        assertTrue(run.out().startsWith("# Words the spelling dictionary does not know, each used on at least 3 of 5 pages"),
                run.out());
        assertTrue(run.err().contains("bad.md:") && run.err().contains("skipped"), "a page that cannot be read is named: " + run.err());

        Cli.Run everyWord = vocabulary("--min-pages", "1");
        assertEquals(List.of("photosyntesis", "Teh", "zorblat"), words(everyWord.outLines()), everyWord.toString());
    }

    @Test
    void theListWrittenToAFileIsAVocabularyTheSpellingRuleAccepts() throws IOException {
        Path list = site.resolve("words.txt");
        assertEquals(0, vocabulary("--min-pages", "1", "-o", list.toString()).code());
        assertEquals(List.of("photosyntesis", "Teh", "zorblat"), words(Files.readAllLines(list)));

        String page = site.resolve("a.md").toString();
        String before = Cli.run("check", "--config", config.toString(), "--fail-on", "never", "--no-cache", page).out();
        assertEquals(2, before.split("\\[spelling\\]", -1).length - 1, "photosyntesis and Teh: " + before);
        assertTrue(before.contains("[spelling] 'photosyntesis': ") && before.contains("[spelling] 'Teh': "),
                "the message names the word: " + before);
        Files.writeString(config, "extends: []\nprose:\n  words: [frobnicate]\n  vocabulary: words.txt\n");
        String after = Cli.run("check", "--config", config.toString(), "--fail-on", "never", "--no-cache", page).out();
        assertFalse(after.contains("[spelling]"), after);
    }

    /** Run in a pseudo-terminal (util-linux `script`): a JVM that starts LanguageTool takes over a second. */
    @Test
    void showsItsProgressOnATerminal() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "vocabulary", "--config", config.toString(),
                "--min-pages", "1", site.toString());
        String quoted = String.join(" ", command.stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'").toList());
        Process process = new ProcessBuilder("/usr/bin/script", "-qfec", quoted, "/dev/null").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("checking: ") && out.contains(" of 5 pages"), "progress on the terminal: " + out);
        assertTrue(out.contains("photosyntesis"), out);
    }

    @Test
    void rejectsAMinimumBelowOne() {
        Cli.Run run = vocabulary("--min-pages", "0");
        assertEquals(Main.ERROR, run.code(), run.toString());
        assertTrue(run.err().contains("--min-pages must be at least 1"), run.err());
    }
}
