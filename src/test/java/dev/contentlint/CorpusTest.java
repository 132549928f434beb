package dev.contentlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole real corpus (../shared/corpus, unpacked into target/) through the default profile.
 * Its facts were measured independently with a Python + PyYAML analysis: urls, file names,
 * paths and subjects always agree, every page parses, and the answers hold 598,680 backslash-n
 * pairs of which 322 are LaTeX commands in math and 40 are literals in code: 34 C strings,
 * 4 in inline code and 2 in single-quoted shell arguments ({@code sed 's/\n/ /'}).
 */
class CorpusTest {
    private static final Path TARBALL = Path.of("../shared/corpus/quicktakes-content-learn.tar.xz");
    private static RunResult result;
    private static Map<String, List<Finding>> byRule;
    private static List<RawPages.Raw> rawPages;

    @BeforeAll
    static void checkCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TARBALL),
                "the real corpus is not at ../shared/corpus; skipping the corpus test");
        Path root = Path.of("target/corpus").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("content/learn"))) {
            Files.createDirectories(root);
            Process tar = new ProcessBuilder("tar", "-xJf", TARBALL.toAbsolutePath().toString(), "-C", root.toString())
                    .inheritIO().start();
            assertEquals(0, tar.waitFor(), "unpacking the corpus");
        }
        Config config = ConfigLoader.load(null, root);
        List<Path> files = PageFiles.collect(List.of(root), config.root(), config.pathFilter());
        Engine engine = new Engine(config, 2, root);
        result = engine.withIndex(engine.index(files)).check(files);
        rawPages = RawPages.read(files);
        byRule = result.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.toList()));
    }

    @Test
    void everyPageIsCheckedWithoutInternalErrors() {
        assertEquals(35_915, result.pagesChecked());
        assertEquals(List.of(), result.internalErrors());
    }

    @Test
    void factsThatHoldAcrossTheCorpusGiveNoFindings() {
        for (String rule : List.of("page-unreadable", "front-matter-missing", "front-matter-invalid", "required-field",
                "field-type", "url-file-name-mismatch", "file-name-mismatch", "url-path-mismatch",
                "url-subject-mismatch", "seo-title-length", "article-title-mismatch", "duplicate-url")) {
            List<Finding> found = byRule.getOrDefault(rule, List.of());
            assertEquals(0, found.size(), () -> rule + ", first: " + found.get(0));
        }
    }

    @Test
    void escapedNewlinesAreTheAnswersLineBreaksButNotLatexOrCode() throws IOException {
        List<Finding> findings = byRule.get("escaped-newline");
        // One finding per answer, with every escape among its occurrences.
        assertEquals(35_803, findings.size());
        assertEquals(598_680 - 322 - 40, findings.stream().mapToInt(Finding::occurrences).sum());
        assertTrue(findings.stream().allMatch(f -> "answer".equals(f.field()) && f.excerpt().equals("\\n")));
        // A page whose math has \nabla and \nu keeps them: its findings never cover those commands.
        Path page = Path.of("target/corpus/content/learn/computer-science/"
                + "can-you-explain-the-concept-of-gradient-descent-and-its-importance-in-training-models.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        for (Finding f : findings) {
            if (f.path().endsWith(page.getFileName().toString()) && f.path().contains("computer-science/")) {
                assertEquals("\\n", text.substring(f.range().start(), f.range().end()));
                assertTrue(!text.startsWith("\\nabla", f.range().start()) && !text.startsWith("\\nu_", f.range().start()));
            }
        }
    }

    @Test
    void smallRealDefectSetsAreFound() {
        assertEquals(2, byRule.get("trailing-whitespace").size());
        // 25 stems hold "--" where the site's slugger deleted '&' or a Greek letter: url and file_name.
        assertEquals(50, byRule.get("slug-format").size());
        assertEquals(34_282, byRule.get("seo-description-length").size());
        // Refusals such as "I cannot answer this question based on the available information".
        assertEquals(78, byRule.get("ai-boilerplate").size());
    }

    /**
     * The rules that span pages, against counts computed here from the raw files with plain
     * string matching (RawPages), without the YAML parser or the index.
     */
    @Test
    void theRulesThatSpanPagesAgreeWithCountsFromTheRawFiles() {
        Map<String, Long> pagesPerUrl = rawPages.stream().collect(Collectors.groupingBy(RawPages.Raw::url,
                Collectors.counting()));
        long broken = rawPages.stream().flatMap(p -> p.relatedUrls().stream()).filter(u -> !pagesPerUrl.containsKey(u))
                .count();
        assertEquals(broken, byRule.get("related-link-broken").size());
        assertEquals(310, broken);

        Map<String, Long> pagesPerId = rawPages.stream().collect(Collectors.groupingBy(RawPages.Raw::id,
                Collectors.counting()));
        long sharedIds = rawPages.stream().filter(p -> pagesPerId.get(p.id()) > 1).count();
        assertEquals(sharedIds, byRule.get("duplicate-id").size());
        assertEquals(4_876, sharedIds);

        // Per subject slug, the pages whose spelling is not the most used one.
        Map<String, Map<String, Long>> spellings = rawPages.stream().collect(Collectors.groupingBy(
                p -> p.subject().toLowerCase().replaceAll("[^a-z0-9]+", "-"),
                Collectors.groupingBy(RawPages.Raw::subject, Collectors.counting())));
        long minority = spellings.values().stream().mapToLong(counts -> {
            long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            return counts.values().stream().mapToLong(Long::longValue).sum() - most;
        }).sum();
        assertEquals(minority, byRule.get("subject-inconsistent").size());
        assertEquals(2_475, minority);

        long repeats = rawPages.stream().mapToLong(p -> {
            List<String> others = p.relatedUrls().stream().filter(u -> !u.equals(p.url())).toList();
            return p.relatedUrls().size() - others.size() + others.size() - others.stream().distinct().count();
        }).sum();
        assertEquals(repeats, byRule.get("related-link-duplicate").size());
        assertEquals(8_010, repeats);
    }
}
