package dev.contentlint.page.yaml;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.page.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Byte-level mutants of real pages (../shared/corpus/sample): none may make the parser throw or
 * hang, and every mutant front matter that snakeyaml-engine loads as a mapping without error
 * (duplicate keys refused, no tags) must parse without a front-matter problem here too. The
 * mutants are seeded, so a failure names a mutant that can be made again.
 */
class MutantPagesTest {
    private static final Path SAMPLE = Path.of("../shared/corpus/sample/content");
    private static final int MUTANTS = 4_000;
    private static final String INSERTED = " \n:-#|>\"'&*!\t{}[],?";

    @Test
    void mutantsOfRealPagesParseAsSnakeyamlDoes() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLE), "the real corpus sample is not at ../shared/corpus/sample; skipping the mutant test");
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(13);
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String page = pages.get(random.nextInt(pages.size()));
            int end = page.indexOf("\n---", 4);
            if (!page.startsWith("---\n") || end < 0) {
                continue;
            }
            String yaml = mutate(page.substring(4, end + 1), random);
            if (yaml.lines().anyMatch(line -> line.startsWith("---") || line.startsWith("..."))) {
                continue; // a mutant that moves the block's own delimiters is another page
            }
            String mutant = "---\n" + yaml + page.substring(end + 1);
            Page parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Page.parse(Path.of("m.md"), "m.md", mutant),
                    () -> "mutant " + show(yaml));
            if (!snakeyamlLoadsAMapping(yaml) || yaml.contains("!")) {
                continue;
            }
            compared++;
            if (parsed.frontMatterState() != Page.FrontMatterState.VALID) {
                wrong.add("mutant " + compared + ": " + parsed.frontMatterProblems() + " on\n" + show(yaml));
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + compared + " mutants that snakeyaml-engine loads are invalid here; the first:\n"
                    + String.join("\n\n", wrong.subList(0, Math.min(3, wrong.size()))));
        }
        System.out.println("MutantPagesTest: " + compared + " mutants that snakeyaml-engine loads parse as valid here too");
    }

    private static String mutate(String yaml, Random random) {
        StringBuilder text = new StringBuilder(yaml);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && text.length() > 1; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
                case 2 -> { // delete the line at 'at'
                    int start = text.lastIndexOf("\n", at) + 1;
                    int stop = text.indexOf("\n", at);
                    text.delete(start, stop < 0 ? text.length() : stop + 1);
                }
                default -> { // empty the value after the next ':' (block scalars lose their text this way)
                    int colon = text.indexOf(": ", at);
                    int stop = colon < 0 ? -1 : text.indexOf("\n", colon);
                    if (stop > 0) {
                        String indicator = random.nextBoolean() ? "" : random.nextBoolean() ? ">-" : "|";
                        text.replace(colon + 2, stop, indicator);
                    }
                }
            }
        }
        return text.toString();
    }

    private static boolean snakeyamlLoadsAMapping(String yaml) {
        try {
            Object loaded = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yaml);
            return loaded instanceof Map;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String show(String yaml) {
        return yaml.length() > 1500 ? yaml.substring(0, 1500) + "…" : yaml;
    }
}
