package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped MDN profile ({@code extends: mdn}) on the real MDN sample: on the pages as they
 * are, only the rules whose facts do not hold across the sample report; on a copy with a moved
 * folder, an edited slug, a broken link and a repeated slug, each is found at its place.
 */
class MdnProfileTest {
    private static final Path SAMPLE = Path.of("../shared/corpus-mdn/mdn-content-sample.tar.xz");
    /** The rules whose facts hold on every page of the sample: their findings on it would be false. */
    private static final Set<String> HOLDING = Set.of("required-field", "field-type", "url-path-mismatch",
            "duplicate-url", "mdn-title-length", "mdn-short-title-length", "front-matter-invalid", "page-unreadable");

    @TempDir
    static Path dir;
    static Path site;

    record Found(String path, int line, int column, String rule, String message) {}

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(SAMPLE), "the MDN sample is not at " + SAMPLE + "; skipping the MDN profile test");
        Process tar = new ProcessBuilder("tar", "xJf", SAMPLE.toAbsolutePath().toString(), "-C", dir.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        site = dir.resolve("mdn-content");
        Files.writeString(site.resolve(".contentlint.yaml"), "extends: mdn\n");
    }

    private static List<Found> check() throws IOException {
        return check(site, dir.resolve("out.json"));
    }

    /** A run of {@code check --no-prose} over an MDN checkout whose .contentlint.yaml is {@code extends: mdn}. */
    static List<Found> check(Path site, Path out) throws IOException {
        Cli.Run run = Cli.run("check", "--no-prose", "--no-cache", "--format", "json", "--output", out.toString(),
                "--config", site.resolve(".contentlint.yaml").toString(), site.toString());
        assertTrue(run.code() == 0 || run.code() == 1, run.toString());
        List<Found> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("findings")) {
            String path = f.get("path").asText();
            found.add(new Found(path.substring(path.indexOf("files/en-us/")), f.get("line").asInt(),
                    f.get("column").asInt(), f.get("ruleId").asText(), f.get("message").asText()));
        }
        return found;
    }

    private static void replace(String page, String from, String to) throws IOException {
        replace(site, page, from, to);
    }

    /** Replaces the first {@code from} in the page at files/en-us/{@code page}/index.md. */
    static void replace(Path site, String page, String from, String to) throws IOException {
        Path file = site.resolve("files/en-us").resolve(page).resolve("index.md");
        String text = Files.readString(file);
        assertTrue(text.contains(from), page + " holds " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void onTheSampleAsItIsOnlyRulesWhoseFactsDoNotHoldReport() throws IOException {
        List<Found> found = check();
        assertTrue(found.stream().noneMatch(f -> HOLDING.contains(f.rule())), found.stream()
                .filter(f -> HOLDING.contains(f.rule())).limit(5).toList().toString());
        assertTrue(found.stream().anyMatch(f -> f.rule().equals("related-link-broken")),
                "the sample has links to pages nobody wrote yet");

        Set<Found> before = new HashSet<>(found);
        // a moved folder, an edited slug, a broken link and a repeated slug
        Path color = site.resolve("files/en-us/web/css/reference/properties/color");
        Files.move(color, color.resolveSibling("colour"));
        replace("glossary/cssom", "slug: Glossary/CSSOM", "slug: Glossary/CSS_OM");
        replace("web/css/reference/properties/colour", "](/en-US/docs/Web/CSS/Reference/Values/color_value)",
                "](/en-US/docs/Web/CSS/Reference/Values/colr_value)");
        replace("web/css/reference/properties/accent-color", "slug: Web/CSS/Reference/Properties/accent-color",
                "slug: Web/CSS/Reference/Properties/color");
        List<Found> added = check().stream().filter(f -> !before.contains(f)).toList();

        String moved = "files/en-us/web/css/reference/properties/colour/index.md";
        String accent = "files/en-us/web/css/reference/properties/accent-color/index.md";
        assertFound(added, moved, 4, 7, "url-path-mismatch");
        assertFound(added, "files/en-us/glossary/cssom/index.md", 3, 7, "url-path-mismatch");
        assertFound(added, moved, 10, 87, "related-link-broken");
        assertFound(added, accent, 4, 7, "url-path-mismatch");
        assertFound(added, accent, 4, 7, "duplicate-url");
        assertFound(added, moved, 4, 7, "duplicate-url");
        for (Found f : added) {
            boolean expected = f.path().equals(moved) || f.path().equals(accent)
                    || f.path().equals("files/en-us/glossary/cssom/index.md")
                    // the pages that link to the two old slugs now link to no page
                    || f.rule().equals("related-link-broken") && (f.message().toLowerCase().contains("glossary/cssom'")
                            || f.message().contains("/accent-color'"));
            assertTrue(expected, "unexpected finding " + f);
        }
    }

    static void assertFound(List<Found> found, String path, int line, int column, String rule) {
        assertTrue(found.stream().anyMatch(f -> f.path().equals(path) && f.line() == line && f.column() == column
                && f.rule().equals(rule)), rule + " at " + path + ":" + line + ":" + column + " among " + found);
    }
}
