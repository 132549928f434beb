package dev.contentlint.git;

import static dev.contentlint.git.ContentRepository.badPage;
import static dev.contentlint.git.ContentRepository.goodPage;
import static dev.contentlint.git.ContentRepository.pagePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first day on a site that already has findings, as docs/ci.md describes it, in a real git
 * repository: record a baseline of the whole site and commit it; a pull request's SARIF then
 * holds only the findings that the pull request brings. {@link CorpusAdoptionTest} walks the same
 * path on the whole real corpus.
 */
class AdoptionPathTest {
    static final String BASELINE = ".contentlint-baseline.json";
    private static final String GOOD = "the-good-page";
    private static final String UNTITLED = "a-page-without-a-title";
    private static final String SPACES = "a-page-with-trailing-spaces";
    private static final String LINKING = "a-page-with-a-broken-link";
    private static final String LINKED = "a-page-that-others-link-to";
    private static final String REFERRER = "a-page-that-links-to-another";

    @TempDir
    Path folder;
    @TempDir
    Path cache;

    private ContentRepository repo;

    /** The site on main: two good pages, a pair that links correctly and three with old defects. */
    @BeforeEach
    void site() throws IOException {
        repo = new ContentRepository(folder, cache);
        repo.write(pagePath(GOOD), goodPage(GOOD, 1001));
        repo.write(pagePath("another-good-page"), goodPage("another-good-page", 1002));
        repo.write(pagePath(LINKED), goodPage(LINKED, 1003));
        repo.write(pagePath(REFERRER), withRelatedLink(goodPage(REFERRER, 1004), LINKED, 1003));
        repo.write(pagePath(UNTITLED), badPage(UNTITLED, 1005));
        repo.write(pagePath(SPACES), withTrailingSpacesAfterTheDate(goodPage(SPACES, 1006)));
        repo.write(pagePath(LINKING), withRelatedLink(goodPage(LINKING, 1007), "a-page-that-was-never-written", 999));
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "the site");
    }

    /** The first day: a baseline of the whole site, committed; the site is then clean against it. */
    private int recordAndCommitTheBaseline() throws IOException {
        Cli.Run all = repo.contentlint("check", "--no-prose", "--format", "json", "--output", "all.json", "--fail-on", "never");
        assertEquals(0, all.code(), all::toString);
        int findings = json(repo.root.resolve("all.json")).at("/summary/findings").asInt();
        assertTrue(findings >= 3, "the site has old findings: " + findings);

        Cli.Run record = repo.contentlint("check", "--no-prose", "--update-baseline", BASELINE);
        assertEquals(0, record.code(), record::toString);
        assertTrue(record.err().contains("records " + findings + " findings"), record::toString);
        assertEquals(findings, recorded(repo.root.resolve(BASELINE)));
        repo.git("add", BASELINE);
        repo.git("commit", "-q", "-m", "contentlint baseline");

        Cli.Run clean = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--format", "sarif", "--output",
                "main.sarif");
        assertEquals(0, clean.code(), clean::toString);
        assertEquals(List.of(), results(repo.root.resolve("main.sarif")));
        return findings;
    }

    @Test
    void aPullRequestThatEditsThreePagesUploadsOnlyItsNewFindings() throws IOException {
        int findings = recordAndCommitTheBaseline();

        repo.git("checkout", "-q", "-b", "edit-three-pages");
        repo.write(pagePath(GOOD), withTrailingSpacesAfterTheDate(goodPage(GOOD, 1001)));
        repo.write(pagePath("another-good-page"), badPage("another-good-page", 1002));
        repo.write(pagePath(UNTITLED), goodPage(UNTITLED, 1005)); // fixes an old finding
        repo.git("commit", "-q", "-am", "edit three pages");
        List<String> fresh = List.of(
                "required-field " + pagePath("another-good-page") + ":1",
                "trailing-whitespace " + pagePath(GOOD) + ":4");

        // The upload: the whole site against the baseline.
        Cli.Run whole = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--format", "sarif", "--output",
                "pr.sarif");
        assertEquals(1, whole.code(), whole::toString);
        assertEquals(fresh, results(repo.root.resolve("pr.sarif")));
        assertTrue(whole.err().contains((findings - 1) + " suppressed (" + (findings - 1) + " by the baseline)"), whole::toString);

        // The quick job: only the pages that the pull request changed, against the same baseline.
        Cli.Run changed = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--changed-since", "main",
                "--format", "sarif", "--output", "changed.sarif");
        assertEquals(1, changed.code(), changed::toString);
        assertEquals(fresh, results(repo.root.resolve("changed.sarif")));
        assertTrue(changed.err().contains("of 3 files checked"), changed::toString);

        // With the new findings fixed, an update of the baseline prunes the one the pull request fixed.
        repo.write(pagePath(GOOD), goodPage(GOOD, 1001));
        repo.write(pagePath("another-good-page"), goodPage("another-good-page", 1002));
        Cli.Run update = repo.contentlint("check", "--no-prose", "--update-baseline", BASELINE);
        assertEquals(0, update.code(), update::toString);
        assertEquals(findings - 1, recorded(repo.root.resolve(BASELINE)));
    }

    /**
     * Why the upload checks the whole site: deleting a page breaks the links of pages that the
     * pull request did not touch, which {@code --changed-since} does not check.
     */
    @Test
    void deletingAPageBreaksALinkOnAPageThatOnlyTheWholeSiteCheckSees() throws IOException {
        recordAndCommitTheBaseline();
        repo.git("checkout", "-q", "-b", "delete-a-page");
        repo.git("rm", "-q", pagePath(LINKED));
        repo.git("commit", "-q", "-m", "delete a page");

        Cli.Run whole = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--format", "sarif", "--output",
                "pr.sarif");
        assertEquals(1, whole.code(), whole::toString);
        List<String> broken = results(repo.root.resolve("pr.sarif"));
        assertEquals(1, broken.size(), broken::toString);
        assertTrue(broken.get(0).startsWith("related-link-broken " + pagePath(REFERRER) + ":"), broken::toString);

        Cli.Run changed = repo.contentlint("check", "--no-prose", "--baseline", BASELINE, "--changed-since", "main",
                "--format", "sarif", "--output", "changed.sarif");
        assertEquals(0, changed.code(), changed::toString);
        assertEquals(List.of(), results(repo.root.resolve("changed.sarif")));
    }

    static String withTrailingSpacesAfterTheDate(String page) {
        String spaced = page.replaceFirst("\ndate: ([^\n]*)\n", "\ndate: $1   \n");
        assertTrue(!spaced.equals(page), "the page has a date line");
        return spaced;
    }

    /** The page with a related link to the page {@code stem} of the economics folder, whose id is {@code id}. */
    private static String withRelatedLink(String page, String stem, int id) {
        String link = "related_article1:\n    id: " + id + "\n    title: >-\n"
                + "        How do higher interest rates help a central bank slow inflation?\n"
                + "    subject: Economics\n    url: /learn/economics/questions/" + stem + "\n";
        return page.replace("\nfile_name: ", "\n" + link + "file_name: ");
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** How many findings a baseline file records. */
    static int recorded(Path baseline) throws IOException {
        int count = 0;
        for (JsonNode entry : json(baseline).get("findings")) {
            count += entry.get("count").asInt();
        }
        return count;
    }

    /** A SARIF file's results as "rule-id uri:line", sorted. */
    static List<String> results(Path sarif) throws IOException {
        JsonNode runs = json(sarif).get("runs");
        assertEquals(1, runs.size(), "one run");
        List<String> results = new ArrayList<>();
        for (JsonNode result : runs.get(0).get("results")) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            results.add(result.get("ruleId").asText() + " " + location.at("/artifactLocation/uri").asText() + ":"
                    + location.at("/region/startLine").asInt());
        }
        results.sort(null);
        return results;
    }
}
