package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} reads a site and writes the profile its pages follow; the check it gives reports only real defects. */
class InitCommandTest {
    @TempDir
    Path dir;

    private void page(String folder, String front, String body) throws IOException {
        Path file = dir.resolve("docs/en").resolve(folder).resolve("index.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + front + "---\n" + body);
    }

    @Test
    void infersFieldsTypesLayoutLinksAndDialectAndItsCheckFindsTheOneBrokenPage() throws IOException {
        for (int i = 0; i < 20; i++) {
            page("guide/topic_" + i, "title: Topic " + i + "\nslug: Guide/Topic_" + i + "\nkind: guide\n"
                    + (i % 2 == 0 ? "tags: one\n" : "tags: [one, two]\n"),
                    "See [the next topic](/en/docs/Guide/Topic_" + ((i + 1) % 20) + ") and {{note(\"x\")}}.\n\n"
                            + "- term\n  - : A definition.\n");
        }
        page("guide/_colon_hover", "title: Hover\nslug: Guide/:hover\nkind: guide\ntags: one\n",
                "Back to [topic 1](/en/docs/Guide/Topic_1).\n");
        page("guide", "title: Guide\nslug: Guide\nkind: guide\ntags: one\n", "The guide.\n");
        page("guide/broken", "title: Broken\nslug: Guide/Broken\nkind: guide\ntags: one\n",
                "A link to [nowhere](/en/docs/Guide/Nowhere).\n");
        Cli.Run init = Cli.run("init", "--no-vocabulary", dir.toString());
        assertEquals(0, init.code(), init.toString());
        String profile = Files.readString(dir.resolve(".contentlint.yaml"));
        for (String expected : new String[] {"include: [\"docs/en/guide/**/*.md\"]", "  url: slug\n", "  title: title\n",
                "  path: \"docs/en/{slug...}/index.md\"", "  url: \"{slug...}\"", "      lowercase: true",
                "escapes: {\":\": \"_colon_\"}", "  template: \"/en/docs/{url...}\"",
                "fields: [\"kind\", \"slug\", \"tags\", \"title\"]", "\"tags\": string | list", "definition-lists: true",
                "inline-markup:", "slug-format: off"}) {
            assertTrue(profile.contains(expected), expected + " in\n" + profile);
        }
        Cli.Run check = Cli.run("check", "--no-prose", "--no-cache", "--config", dir.resolve(".contentlint.yaml").toString(),
                dir.toString());
        assertEquals(1, check.code(), check.toString());
        assertEquals(1, check.outLines().stream().filter(l -> l.contains("[related-link-broken]")).count(), check.toString());
        assertTrue(check.out().contains("guide/broken/index.md:7:21: error [related-link-broken] link to"
                + " '/en/docs/Guide/Nowhere'"), check.toString());
        assertTrue(check.out().contains("1 problem"), check.toString());
    }

    @Test
    void writesTheSiteVocabularyAndAProfileThatUsesIt() throws IOException {
        for (int i = 0; i < 4; i++) {
            page("p" + i, "title: Page " + i + "\nslug: P" + i + "\n", "Plants use photosyntesis to grow.\n");
        }
        Cli.Run init = Cli.run("init", dir.toString());
        assertEquals(0, init.code(), init.toString());
        assertTrue(Files.readString(dir.resolve(".vocabulary.txt")).lines().anyMatch(l -> l.equals("photosyntesis")),
                Files.readString(dir.resolve(".vocabulary.txt")));
        assertTrue(Files.readString(dir.resolve(".contentlint.yaml")).contains("  vocabulary: \".vocabulary.txt\""));
        Cli.Run check = Cli.run("check", "--no-cache", "--config", dir.resolve(".contentlint.yaml").toString(),
                dir.toString());
        assertTrue(!check.out().contains("photosyntesis"), "the site's word is not misspelled: " + check);
        Path without = Files.writeString(dir.resolve("without.yaml"), Files.readString(dir.resolve(".contentlint.yaml"))
                .replace("  vocabulary: \".vocabulary.txt\"\n", ""));
        Cli.Run control = Cli.run("check", "--no-cache", "--config", without.toString(), dir.toString());
        assertTrue(control.out().contains("[spelling] 'photosyntesis'"), "without it, it is: " + control);
    }

    @Test
    void withoutPagesItWritesTheStarter() throws IOException {
        Cli.Run init = Cli.run("init", dir.toString());
        assertEquals(0, init.code(), init.toString());
        assertTrue(init.out().contains("a starter"), init.toString());
    }

    @Test
    void onTheMdnSampleTheInferredProfileGivesFewFindings() throws IOException, InterruptedException {
        Path sample = Path.of("../shared/corpus-mdn/mdn-content-sample.tar.xz");
        assumeTrue(Files.isRegularFile(sample), "the MDN sample is not at " + sample + "; skipping init on it");
        Process tar = new ProcessBuilder("tar", "xJf", sample.toAbsolutePath().toString(), "-C", dir.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path site = dir.resolve("mdn-content");
        Cli.Run init = Cli.run("init", "--no-vocabulary", site.toString());
        assertEquals(0, init.code(), init.toString());
        String profile = Files.readString(site.resolve(".contentlint.yaml"));
        assertTrue(profile.contains("path: \"files/en-us/{slug...}/index.md\""), profile);
        assertTrue(profile.contains("redirects: {file: \"files/en-us/_redirects.txt\", format: tab-separated}"), profile);
        Cli.Run check = Cli.run("check", "--no-prose", "--no-cache", "--format", "json", "--output",
                dir.resolve("out.json").toString(), "--config", site.resolve(".contentlint.yaml").toString(),
                site.toString());
        String summary = check.err();
        int problems = Integer.parseInt(summary.replaceAll("(?s)^\\D*(\\d[\\d,]*) problems?.*$", "$1").replace(",", ""));
        assertTrue(problems <= 300, "a few hundred at most: " + summary);
    }
}
