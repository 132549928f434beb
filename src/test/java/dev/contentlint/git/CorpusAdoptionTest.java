package dev.contentlint.git;

import static dev.contentlint.git.AdoptionPathTest.BASELINE;
import static dev.contentlint.git.AdoptionPathTest.json;
import static dev.contentlint.git.AdoptionPathTest.recorded;
import static dev.contentlint.git.AdoptionPathTest.results;
import static dev.contentlint.git.AdoptionPathTest.withTrailingSpacesAfterTheDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-day path of docs/ci.md on the whole real corpus (../shared/corpus), unpacked into a
 * fresh git repository: a baseline of every page's findings, committed; then a branch that edits
 * three pages (a new trailing space, a related link to a page that does not exist, and an old
 * too-long SEO description made short) gets SARIF with exactly the two new findings, from a
 * check of the whole site and from {@code --changed-since} alike.
 */
class CorpusAdoptionTest {
    private static final Path TARBALL = Path.of("../shared/corpus/quicktakes-content-learn.tar.xz");
    private static final Pattern RECORDS = Pattern.compile("records (\\d+) findings");
    private static final Pattern LINK_URL = Pattern.compile("\nrelated_article1:\n    id: \\d+\n(?:    [^\n]*\n|        [^\n]*\n)*?"
            + "    url: (/learn/[^\n]+)\n");
    private static final Pattern DESCRIPTION = Pattern.compile("\n  page_description: >-\n    ([^\n]*)\n");

    @TempDir
    Path folder;
    @TempDir
    Path cache;

    @Test
    void aPullRequestThatEditsThreePagesOfTheRealSiteUploadsOnlyItsNewFindings() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TARBALL),
                "the real corpus is not at " + TARBALL + "; skipping CorpusAdoptionTest");
        Map<String, Long> millis = new TreeMap<>();
        long start = System.nanoTime();
        ContentRepository repo = new ContentRepository(folder, cache);
        Process tar = new ProcessBuilder("tar", "-xJf", TARBALL.toAbsolutePath().toString(), "-C", folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, tar.waitFor(), "unpacking the corpus");
        millis.put("1 unpack", millisSince(start));
        long t = System.nanoTime();
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "the site");
        millis.put("2 commit the site", millisSince(t));

        // Day one: record the baseline of the whole site and commit it.
        t = System.nanoTime();
        Cli.Run record = repo.contentlint("check", "--no-prose", "--update-baseline", BASELINE);
        millis.put("3 record the baseline", millisSince(t));
        assertEquals(0, record.code(), record::toString);
        Matcher records = RECORDS.matcher(record.err());
        assertTrue(records.find(), record::toString);
        int findings = Integer.parseInt(records.group(1));
        assertTrue(findings > 50_000, "the real site has many findings: " + findings);
        assertTrue(record.out().contains(findings + " suppressed (" + findings + " by the baseline)"), record::toString);
        Path baseline = folder.resolve(BASELINE);
        assertEquals(findings, recorded(baseline));
        repo.git("add", BASELINE);
        repo.git("commit", "-q", "-m", "contentlint baseline");

        // The three pages, chosen from the baseline so that the edits touch no recorded finding but the fixed one.
        Pages pages = Pages.of(json(baseline), folder);
        repo.git("checkout", "-q", "-b", "edit-three-pages");
        String spaced = withTrailingSpacesAfterTheDate(read(folder.resolve(pages.spaced)));
        Files.writeString(folder.resolve(pages.spaced), spaced, StandardCharsets.UTF_8);
        String linking = read(folder.resolve(pages.linking));
        Matcher link = LINK_URL.matcher(linking);
        assertTrue(link.find(), pages.linking);
        linking = linking.substring(0, link.start(1)) + "/learn/economics/questions/a-page-that-was-never-written"
                + linking.substring(link.end(1));
        Files.writeString(folder.resolve(pages.linking), linking, StandardCharsets.UTF_8);
        String described = read(folder.resolve(pages.described));
        Matcher description = DESCRIPTION.matcher(described);
        assertTrue(description.find() && description.group(1).length() > 160, pages.described);
        described = described.substring(0, description.start(1))
                + "A short summary of the question and its answer, of a length that search results show in full."
                + described.substring(description.end(1));
        Files.writeString(folder.resolve(pages.described), described, StandardCharsets.UTF_8);
        repo.git("commit", "-q", "-am", "edit three pages");
        List<String> fresh = new ArrayList<>(List.of(
                "related-link-broken " + pages.linking + ":" + lineOf(linking, link.start(1)),
                "trailing-whitespace " + pages.spaced + ":" + lineOf(spaced, spaced.indexOf("\ndate: ") + 1)));
        fresh.sort(null);

        // The upload: the whole site against the baseline. The fixed description is no longer found.
        t = System.nanoTime();
        Cli.Run whole = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--format", "sarif", "--output",
                "pr.sarif");
        millis.put("4 whole site against the baseline", millisSince(t));
        assertEquals(1, whole.code(), whole::toString);
        assertEquals(fresh, results(folder.resolve("pr.sarif")));
        assertTrue(whole.err().contains((findings - 1) + " suppressed (" + (findings - 1) + " by the baseline)"),
                whole::toString);

        // The quick job: the three changed pages against the same baseline.
        t = System.nanoTime();
        Cli.Run changed = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--changed-since", "main",
                "--format", "sarif", "--output", "changed.sarif");
        millis.put("5 --changed-since main against the baseline", millisSince(t));
        assertEquals(1, changed.code(), changed::toString);
        assertEquals(fresh, results(folder.resolve("changed.sarif")));
        assertTrue(changed.err().contains("of 3 files checked"), changed::toString);

        millis.put("6 total", millisSince(start));
        System.out.printf(Locale.ROOT, "CorpusAdoptionTest: baseline of %,d findings (%,d bytes); edited %s; %s%n",
                findings, Files.size(baseline), pages, millis.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d ms", e.getKey().substring(2), e.getValue()))
                        .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /**
     * The pages to edit, the first in path order of each kind: {@code spaced} and {@code linking}
     * have no recorded finding of the rule their edit brings (nor of the related-link rules, for
     * {@code linking}); {@code described} has a recorded seo-description-length finding.
     */
    private record Pages(String spaced, String linking, String described) {
        static Pages of(JsonNode baseline, Path root) throws IOException {
            Map<String, List<String>> rulesByFile = new TreeMap<>();
            for (JsonNode entry : baseline.get("findings")) {
                rulesByFile.computeIfAbsent(entry.get("file").asText(), f -> new ArrayList<>()).add(entry.get("rule").asText());
            }
            Map<String, String> chosen = new HashMap<>();
            for (Map.Entry<String, List<String>> file : rulesByFile.entrySet()) {
                List<String> rules = file.getValue();
                if (!chosen.containsKey("described") && rules.contains("seo-description-length")
                        && DESCRIPTION.matcher(read(root.resolve(file.getKey()))).results()
                                .anyMatch(m -> m.group(1).length() > 160)) {
                    chosen.put("described", file.getKey());
                } else if (!chosen.containsKey("linking") && rules.stream().noneMatch(r -> r.startsWith("related-link"))
                        && LINK_URL.matcher(read(root.resolve(file.getKey()))).find()) {
                    chosen.put("linking", file.getKey());
                } else if (!chosen.containsKey("spaced") && !rules.contains("trailing-whitespace")) {
                    chosen.put("spaced", file.getKey());
                }
                if (chosen.size() == 3) {
                    return new Pages(chosen.get("spaced"), chosen.get("linking"), chosen.get("described"));
                }
            }
            throw new AssertionError("the corpus lacks a page to edit: found only " + chosen);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
