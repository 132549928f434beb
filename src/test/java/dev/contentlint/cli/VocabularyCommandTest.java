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
        List<String> all = new java.util.ArrayList<>(List.of("vocabulary", "--no-cache", "--config", config.toString()));
        all.addAll(List.of(args));
        all.add(site.toString());
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> words(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("#")).toList();
    }

    /** The words that `check` reports as misspelled on the pages given, as written. */
    private static java.util.Set<String> spellingFindings(String... args) throws IOException {
        List<String> all = new java.util.ArrayList<>(List.of("check", "--fail-on", "never", "--no-cache", "--format", "json"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all.toArray(String[]::new));
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (var finding : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("findings")) {
            if (finding.get("ruleId").asText().equals("spelling")) {
                words.add(finding.get("excerpt").asText());
            }
        }
        return words;
    }

    @Test
    void listsTheWordsSpellingReportsOnEnoughPages() throws IOException {
        Cli.Run run = vocabulary();
        assertEquals(0, run.code(), run.toString());
        // "photosyntesis" is on three pages (once capitalized): one letter from "photosynthesis".
        // "Teh" (a swap of "The") is on one page; "zorblat" is close to no word, so spelling does
        // not report it; "frobnicate" is a vocabulary word and "CAQM" has a capital inside, a name.
        assertEquals(List.of("photosyntesis"), words(run.outLines()), run.toString());
        assertTrue(run.out().startsWith("# Words the spelling rule reports, each on at least 3 of 5 pages"), run.out());
        assertTrue(run.err().contains("bad.md:") && run.err().contains("skipped"), "a page that cannot be read is named: " + run.err());

        Cli.Run everyWord = vocabulary("--min-pages", "1");
        assertEquals(List.of("photosyntesis", "Teh"), words(everyWord.outLines()), everyWord.toString());
        assertEquals(new java.util.TreeSet<>(words(everyWord.outLines())).toString(),
                spellingFindings("--config", config.toString(), site.toString()).stream()
                        .map(w -> w.equals("Photosyntesis") ? "photosyntesis" : w)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)).toString(),
                "the words check reports, case variants as one");
    }

    /**
     * A real page on which the vocabulary once listed four words that check did not report:
     * with the default profile, both name the same words.
     */
    @Test
    void onARealPageItListsExactlyTheWordsThatCheckReports() throws IOException, InterruptedException {
        Path tarball = Path.of("../shared/corpus/quicktakes-content-learn.tar.xz").toAbsolutePath();
        assumeTrue(Files.isRegularFile(tarball), "the real corpus is not at ../shared/corpus; skipping");
        String name = "content/learn/biotechnology/what-are-some-examples-of-plant-signaling-mechanisms.md";
        Process tar = new ProcessBuilder("tar", "-xJf", tarball.toString(), "-C", site.toString(), name).inheritIO().start();
        assertEquals(0, tar.waitFor(), "unpacking the page");
        Files.writeString(config, "extends: [default]\n");
        String page = site.resolve(name).toString();
        Cli.Run run = Cli.run("vocabulary", "--no-cache", "--config", config.toString(), "--min-pages", "1", page);
        assertEquals(0, run.code(), run.toString());
        assertEquals(spellingFindings("--config", config.toString(), page), new java.util.TreeSet<>(words(run.outLines())));
    }

    @Test
    void theListWrittenToAFileIsAVocabularyTheSpellingRuleAccepts() throws IOException {
        Path list = site.resolve("words.txt");
        assertEquals(0, vocabulary("--min-pages", "1", "-o", list.toString()).code());
        assertEquals(List.of("photosyntesis", "Teh"), words(Files.readAllLines(list)));

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
                System.getProperty("java.class.path"), Main.class.getName(), "vocabulary", "--no-cache", "--config", config.toString(),
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
