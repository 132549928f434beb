package dev.contentlint.engine;

import dev.contentlint.fix.Fix;
import dev.contentlint.fix.FixVerifier;
import dev.contentlint.fix.SafeWriter;
import dev.contentlint.fix.TextEdits;
import dev.contentlint.fix.UnifiedDiff;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import java.io.IOException;
import java.util.List;

/**
 * Fixes one page: applies the allowed fixes that do not overlap, proves the result safe,
 * checks the page again, and repeats until nothing changes (at most {@value #MAX_ROUNDS}
 * rounds, so that a second run has nothing left to do). Any refusal leaves the page as it was.
 */
final class PageFixer {
    static final int MAX_ROUNDS = 8;

    private final PageChecker checker;
    private final FixMode mode;

    PageFixer(PageChecker checker, FixMode mode) {
        this.checker = checker;
        this.mode = mode;
    }

    /** The page's findings after fixing, and what was fixed. */
    PageChecker.Outcome fix(PageReader.Result read, List<String> errors) {
        Page original = read.page();
        PageChecker.Checked originalChecked = checker.check(original, errors);
        List<Finding> originalFindings = originalChecked.findings();
        Page current = original;
        PageChecker.Checked checked = originalChecked;
        List<Finding> findings = originalFindings;
        int applied = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Fix> candidates = findings.stream().map(Finding::fix)
                    .filter(f -> f != null && mode.allowed().contains(f.applicability())).distinct().toList();
            if (candidates.isEmpty()) {
                break;
            }
            List<Fix> chosen = TextEdits.nonOverlapping(candidates);
            String text = TextEdits.apply(current.text(), chosen);
            if (text.equals(current.text())) {
                break;
            }
            Page fixed = Page.parse(original.file(), original.displayPath(), text);
            String problem = FixVerifier.problem(current, fixed, chosen);
            if (problem != null) {
                return refused(original, originalChecked, problem);
            }
            applied += chosen.size();
            current = fixed;
            checked = checker.check(current, errors);
            findings = checked.findings();
        }
        if (applied == 0) {
            return new PageChecker.Outcome(findings, checked.suppressed(), null);
        }
        String diff = null;
        if (mode.dryRun()) {
            // The diff is of the bytes on disk, so a byte order mark is part of its first line.
            String bom = read.bom() ? "\uFEFF" : "";
            diff = UnifiedDiff.of(original.displayPath(), bom + original.text(), bom + current.text());
            findings = originalFindings;
            checked = originalChecked;
        } else {
            try {
                SafeWriter.write(checker.root(), original.file(), read.bytes(), current.text(), read.bom());
            } catch (IOException e) {
                return refused(original, originalChecked, e.getMessage());
            }
        }
        return new PageChecker.Outcome(findings, checked.suppressed(),
                new FixedPage(original.displayPath(), applied, diff, null));
    }

    private static PageChecker.Outcome refused(Page page, PageChecker.Checked checked, String reason) {
        return new PageChecker.Outcome(checked.findings(), checked.suppressed(),
                new FixedPage(page.displayPath(), 0, null, reason));
    }
}
