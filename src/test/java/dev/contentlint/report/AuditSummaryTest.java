package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The summary's totals by rule and page, and its worst pages, picked without sorting every page: the head of the full order. */
class AuditSummaryTest {
    @Test
    void theWorstPagesAreTheFirstPagesByFindings() {
        Random random = new Random(5);
        for (int t = 0; t < 200; t++) {
            List<Finding> findings = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (int p = random.nextInt(60); p > 0; p--) {
                String path = "content/" + (char) ('a' + random.nextInt(26)) + random.nextInt(20) + ".md";
                paths.add(path);
                for (int f = random.nextInt(4); f > 0; f--) {
                    Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                    findings.add(ReportFixtures.finding("rule-" + random.nextInt(3), severity, path, null, "m", 0, 1, 1, 1, 2,
                            "x"));
                }
            }
            int worst = random.nextInt(12);
            AuditSummary summary = AuditSummary.of(new RunResult(findings, paths.size(), List.of(), 0), paths, worst, 0);
            // A path may come back after other pages: the counts must not assume a page's findings are together.
            java.util.Map<String, java.util.Set<String>> pagesOfRule = new java.util.TreeMap<>();
            java.util.Map<String, Long> findingsOfPage = new java.util.HashMap<>();
            for (Finding f : findings) {
                pagesOfRule.computeIfAbsent(f.ruleId(), k -> new java.util.HashSet<>()).add(f.path());
                findingsOfPage.merge(f.path(), 1L, Long::sum);
            }
            for (AuditSummary.RuleTotal rule : summary.byRule()) {
                assertEquals(pagesOfRule.get(rule.rule()).size(), rule.pages(), rule.rule());
                assertEquals(findings.stream().filter(f -> f.ruleId().equals(rule.rule())).count(), rule.findings());
            }
            assertEquals(pagesOfRule.size(), summary.byRule().size());
            List<AuditSummary.PageTotal> all = summary.pagesByFindings();
            assertEquals(findingsOfPage.size(), all.size());
            all.forEach(page -> assertEquals(findingsOfPage.get(page.path()), page.findings().total(), page.path()));
            assertEquals(all.subList(0, Math.min(worst, all.size())), summary.worstPages());
            for (int i = 1; i < all.size(); i++) {
                AuditSummary.PageTotal a = all.get(i - 1);
                AuditSummary.PageTotal b = all.get(i);
                boolean ordered = a.findings().total() > b.findings().total()
                        || a.findings().total() == b.findings().total() && (a.findings().errors() > b.findings().errors()
                                || a.findings().errors() == b.findings().errors() && a.path().compareTo(b.path()) <= 0);
                assertEquals(true, ordered, a + " before " + b);
            }
        }
    }
}
