package dev.contentlint.git;

import static dev.contentlint.git.ContentRepository.badPage;
import static dev.contentlint.git.ContentRepository.goodPage;
import static dev.contentlint.git.ContentRepository.pagePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --staged} and {@code check --changed-since} in real git repositories. */
class GitSelectionTest {
    private static final Pattern CHECKED = Pattern.compile("in (\\d+) of (\\d+) files? checked");

    @TempDir
    Path folder;
    @TempDir
    Path cache;

    private ContentRepository repo;

    @BeforeEach
    void createRepository() throws IOException {
        repo = new ContentRepository(folder, cache);
    }

    /** How many pages the run checked, from its summary line. */
    private static int checked(Cli.Run run) {
        Matcher m = CHECKED.matcher(run.out());
        assertTrue(m.find(), run::toString);
        return Integer.parseInt(m.group(2));
    }

    private void commitPages(String... stems) throws IOException {
        int id = 1000;
        for (String stem : stems) {
            repo.write(pagePath(stem), goodPage(stem, id++));
        }
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "pages");
    }

    @Test
    void stagedChecksTheStagedVersionEvenWhenTheWorkingTreeIsRepaired() throws IOException {
        commitPages("alpha");
        repo.write(pagePath("alpha"), badPage("alpha", 1000));
        repo.git("add", pagePath("alpha"));
        repo.write(pagePath("alpha"), goodPage("alpha", 1000)); // repaired, not staged

        Cli.Run staged = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(1, staged.code(), staged::toString);
        assertTrue(staged.out().contains(pagePath("alpha") + ":1:1: error [required-field]"), staged::toString);
        assertEquals(1, checked(staged));

        Cli.Run workingTree = repo.contentlint("check", "--no-prose", pagePath("alpha"));
        assertEquals(0, workingTree.code(), workingTree::toString);
    }

    @Test
    void stagedSkipsDeletedFilesAndChecksRenamedOnesByTheirNewName() throws IOException {
        commitPages("alpha", "beta", "gamma");
        repo.git("rm", "-q", pagePath("beta"));
        repo.git("mv", pagePath("gamma"), pagePath("delta"));
        // The moved page now has the wrong url and file name for its path: errors on the new name.
        Cli.Run run = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(1, checked(run), run::toString);
        assertTrue(run.out().contains(pagePath("delta") + ":"), run::toString);
        assertFalse(run.out().contains(pagePath("gamma")), run::toString);
        assertFalse(run.out().contains(pagePath("beta")), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void stagedWithNothingStagedChecksNothing() throws IOException {
        commitPages("alpha");
        repo.write(pagePath("alpha"), badPage("alpha", 1000)); // changed but not staged
        Cli.Run run = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(0, run.code(), run::toString);
        assertEquals(0, checked(run), run::toString);
    }

    @Test
    void stagedWorksBeforeTheFirstCommit() throws IOException {
        repo.write(pagePath("alpha"), badPage("alpha", 1000));
        repo.write(pagePath("beta"), goodPage("beta", 1001));
        repo.git("add", "-A");
        Cli.Run run = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(2, checked(run), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void stagedPagesFollowTheIncludeAndExcludeGlobsAndThePaths() throws IOException {
        Files.writeString(repo.root.resolve(".contentlint.yaml"), "extends: default\nexclude:\n  - drafts/\n");
        commitPages("alpha");
        repo.write("drafts/" + pagePath("draft"), badPage("draft", 2000));
        repo.write("notes.txt", "not a page\n");
        repo.write(pagePath("alpha"), badPage("alpha", 1000));
        repo.write("content/learn/biology/other.md", badPage("other", 3000));
        repo.git("add", "-A");

        Cli.Run all = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(2, checked(all), all::toString);
        assertFalse(all.out().contains("drafts/"), all::toString);

        Cli.Run underPath = repo.contentlint("check", "--staged", "--no-prose", "content/learn/economics");
        assertEquals(1, checked(underPath), underPath::toString);
        assertTrue(underPath.out().contains(pagePath("alpha")), underPath::toString);

        // Run from a subfolder: paths are relative to it, and so is the output.
        Cli.Run fromSubfolder = repo.contentlintIn(repo.root.resolve("content/learn/economics"),
                "check", "--staged", "--no-prose");
        assertEquals(1, checked(fromSubfolder), fromSubfolder::toString);
        assertTrue(fromSubfolder.out().contains("alpha.md:1:1: error [required-field]"), fromSubfolder::toString);
    }

    @Test
    void aStagedPageThatIsNoTextIsReportedFromItsBlobAndLinksAreNoPages() throws IOException {
        commitPages("alpha");
        Path binary = repo.root.resolve(pagePath("binary"));
        Files.write(binary, new byte[] {'-', '-', '-', '\n', 0, 1, 2, '\n'});
        Files.createSymbolicLink(repo.root.resolve(pagePath("link")), repo.root.resolve(pagePath("alpha")));
        repo.git("add", "-A");
        Files.delete(binary); // only the staged blob is left to read

        Cli.Run run = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(1, checked(run), "the link is not a page:\n" + run);
        assertTrue(run.out().contains(pagePath("binary") + ":1:1: error [page-unreadable] binary file"), run::toString);
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void theRulesThatSpanPagesSeeTheStagedTreeWithStagedAndTheWorkingTreeOtherwise() throws IOException {
        commitPages("alpha");
        // beta has alpha's id but is not staged: only the working tree has it.
        repo.write(pagePath("beta"), goodPage("beta", 1000));
        repo.write(pagePath("alpha"), goodPage("alpha", 1000).replace("Raising it", "Raising the rate"));
        repo.git("add", pagePath("alpha"));

        Cli.Run workingTree = repo.contentlint("check", "--no-prose", pagePath("alpha"));
        assertTrue(workingTree.out().contains("[duplicate-id]"), workingTree::toString);

        Cli.Run staged = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(1, checked(staged), staged::toString);
        assertFalse(staged.out().contains("[duplicate-id]"), staged::toString);
        assertEquals(0, staged.code(), staged::toString);

        repo.git("add", pagePath("beta"));
        Cli.Run both = repo.contentlint("check", "--staged", "--no-prose");
        assertEquals(2, checked(both), both::toString);
        assertEquals(2, both.out().lines().filter(l -> l.contains("[duplicate-id]")).count(), both::toString);
    }

    @Test
    void theCachedIndexFollowsEveryEditBetweenRuns() throws IOException {
        commitPages("alpha", "beta");
        String alpha = pagePath("alpha");
        assertFalse(repo.contentlint("check", "--no-prose", alpha).out().contains("[duplicate-id]"));
        // An unstaged edit of a tracked page (same size: only its time tells).
        repo.write(pagePath("beta"), goodPage("beta", 1000));
        assertTrue(repo.contentlint("check", "--no-prose", alpha).out().contains("[duplicate-id]"));
        repo.write(pagePath("beta"), goodPage("beta", 1001));
        assertFalse(repo.contentlint("check", "--no-prose", alpha).out().contains("[duplicate-id]"));
        // A new page, then its removal.
        Path gamma = repo.write(pagePath("gamma"), goodPage("gamma", 1000));
        assertTrue(repo.contentlint("check", "--no-prose", alpha).out().contains("[duplicate-id]"));
        Files.delete(gamma);
        Cli.Run after = repo.contentlint("check", "--no-prose", alpha);
        assertFalse(after.out().contains("[duplicate-id]"), after::toString);
        // A configuration that makes beta no page: the index drops it.
        repo.write(pagePath("beta"), goodPage("beta", 1000));
        assertTrue(repo.contentlint("check", "--no-prose", alpha).out().contains("[duplicate-id]"));
        Files.writeString(repo.root.resolve(".contentlint.yaml"), "extends: default\nexclude:\n  - '**/beta.md'\n");
        Cli.Run excluded = repo.contentlint("check", "--no-prose", alpha);
        assertFalse(excluded.out().contains("[duplicate-id]"), excluded::toString);
    }

    @Test
    void changedSinceChecksCommittedStagedUnstagedAndNewPagesSinceTheMergeBase() throws IOException {
        commitPages("alpha", "beta", "gamma", "delta", "epsilon");
        repo.git("checkout", "-q", "-b", "feature");
        repo.write(pagePath("alpha"), badPage("alpha", 1000));
        repo.git("commit", "-q", "-am", "alpha changed");
        repo.git("mv", pagePath("gamma"), pagePath("zeta"));
        repo.git("rm", "-q", pagePath("delta"));
        repo.git("commit", "-q", "-m", "gamma renamed, delta deleted");
        repo.write(pagePath("eta"), goodPage("eta", 1007)); // new, untracked
        // main moves on after the branch point: its changes are not the branch's.
        repo.git("checkout", "-q", "main");
        repo.write(pagePath("epsilon"), badPage("epsilon", 1004));
        repo.git("commit", "-q", "-am", "epsilon changed on main");
        repo.git("checkout", "-q", "feature");
        repo.write(pagePath("beta"), badPage("beta", 1001)); // changed, not staged

        Cli.Run run = repo.contentlint("check", "--changed-since", "main", "--no-prose", "--fail-on", "never");
        assertEquals(0, run.code(), run::toString);
        assertEquals(4, checked(run), "alpha, beta, zeta and eta:\n" + run);
        for (String file : List.of(pagePath("alpha"), pagePath("beta"), pagePath("zeta"))) {
            assertTrue(run.out().contains(file + ":"), file + " not reported:\n" + run);
        }
        for (String file : List.of(pagePath("gamma"), pagePath("delta"), pagePath("epsilon"))) {
            assertFalse(run.out().contains(file), file + " reported:\n" + run);
        }
    }

    @Test
    void gitProblemsAreUsageErrorsThatSayWhat() throws IOException {
        commitPages("alpha");
        Cli.Run unknown = repo.contentlint("check", "--changed-since", "no-such-branch", "--no-prose");
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("--changed-since no-such-branch: git does not know this revision"),
                unknown::toString);

        Cli.Run option = repo.contentlint("check", "--changed-since=-foo", "--no-prose");
        assertEquals(2, option.code(), option::toString);
        assertTrue(option.err().contains("--changed-since"), option::toString); // never handed to git as an option

        Cli.Run both = repo.contentlint("check", "--staged", "--changed-since", "main");
        assertEquals(2, both.code(), both::toString);
        assertTrue(both.err().contains("--staged and --changed-since exclude each other"), both::toString);

        Cli.Run fix = repo.contentlint("check", "--staged", "--fix");
        assertEquals(2, fix.code(), fix::toString);
        assertTrue(fix.err().contains("--fix"), fix::toString);
    }

    @Test
    void stagedOutsideAGitRepositoryIsAUsageError(@TempDir Path plain) throws IOException {
        Files.writeString(plain.resolve(".contentlint.yaml"), "extends: default\n");
        Cli.Run run = repo.contentlintIn(plain, "check", "--staged", "--no-prose");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--staged needs a git repository"), run::toString);
    }

    @Test
    void pagesGitIgnoresAreLeftOutOfTheIndexUnlessOneOfThemIsChecked() throws IOException {
        commitPages("alpha");
        Files.writeString(repo.root.resolve(".gitignore"), "generated/\n");
        repo.write("generated/" + pagePath("copy"), goodPage("copy", 1000)); // alpha's id, but ignored
        repo.write("generated/" + pagePath("copy-2"), goodPage("copy-2", 1000));

        Cli.Run tracked = repo.contentlint("check", "--no-prose", pagePath("alpha"));
        assertFalse(tracked.out().contains("[duplicate-id]"), tracked::toString);

        // Checking an ignored page: the index must hold it, so the repository is walked instead.
        Cli.Run ignored = repo.contentlint("check", "--no-prose", "generated/" + pagePath("copy"));
        assertTrue(ignored.out().contains("[duplicate-id]"), ignored::toString);
    }
}
