package dev.contentlint.engine;

import dev.contentlint.fix.Applicability;
import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.FixVerifier;
import dev.contentlint.fix.SafeWriter;
import dev.contentlint.fix.TextEdits;
import dev.contentlint.fix.UnifiedDiff;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fixes one page: applies the allowed fixes that do not overlap, proves the result safe,
 * checks the page again, and repeats until nothing changes (at most {@value #MAX_ROUNDS}
 * rounds, so that a second run has nothing left to do). A refusal by the verifier leaves the
 * page as it was. A safe fix that would leave a finding the page did not have is withheld,
 * and the others still apply; unsafe fixes may lead to new findings, as their docs say.
 */
final class PageFixer {
    static final int MAX_ROUNDS = 8;

    private final PageChecker checker;
    private final FixMode mode;

    PageFixer(PageChecker checker, FixMode mode) {
        this.checker = checker;
        this.mode = mode;
    }

    /**
     * What identifies a finding across a fix: its rule, field and excerpt, not its position,
     * which a fix above it moves, nor its message, which may count what is left. In a field
     * that a fix rewrites the excerpt is the new text (keywords-format's "too many keywords"
     * quotes the rewritten list), and an excerpt of only whitespace is as long as the
     * indentation a rewrite chose: such findings count by rule and field alone.
     */
    record Key(String ruleId, String field, String excerpt) {
        static Key of(Finding f, List<Fix> applied) {
            String field = f.field() == null ? FieldChange.BODY : f.field();
            boolean rewritten = applied.stream().anyMatch(x -> x.change() != null && x.change().covers(field));
            return new Key(f.ruleId(), f.field(), rewritten || f.excerpt().isBlank() ? "" : f.excerpt());
        }
    }

    /** The page's findings after fixing, and what was fixed. */
    PageChecker.Outcome fix(PageReader.Result read, List<String> errors) {
        Page original = read.page();
        Repair repair = repair(original, errors);
        if (repair.refusal() != null) {
            return refused(original, repair.originalChecked(), repair.refusal());
        }
        PageChecker.Checked originalChecked = repair.originalChecked();
        List<Finding> originalFindings = originalChecked.findings();
        Page current = repair.page();
        PageChecker.Checked checked = repair.checked();
        List<Finding> findings = checked.findings();
        List<String> withheld = repair.withheld();
        int applied = repair.applied();
        if (applied == 0) {
            return new PageChecker.Outcome(findings, checked.suppressed(), withheld.isEmpty() ? null
                    : new FixedPage(original.displayPath(), 0, null, null, withheld));
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
                new FixedPage(original.displayPath(), applied, diff, null, withheld));
    }

    /**
     * What fixing made of a page: its findings before, the page and its findings after the
     * rounds of fixes, how many fixes were applied, those withheld, and why the page was left
     * as it was (null when it was not).
     */
    record Repair(PageChecker.Checked originalChecked, Page page, PageChecker.Checked checked, int applied,
            List<String> withheld, String refusal) {}

    /** Applies the fixes the mode allows in rounds, in memory, keeping only those that add no finding. */
    Repair repair(Page original, List<String> errors) {
        PageChecker.Checked originalChecked = checker.check(original, errors);
        List<Finding> originalFindings = originalChecked.findings();
        Page current = original;
        PageChecker.Checked checked = originalChecked;
        List<Finding> findings = originalFindings;
        Set<String> withheldFixes = new HashSet<>();
        List<String> withheld = new ArrayList<>();
        int applied = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // Each fix with the finding it repairs (the first, when findings share one).
            Map<Fix, Finding> candidates = new LinkedHashMap<>();
            for (Finding f : findings) {
                if (f.fix() != null && mode.allowed().contains(f.fix().applicability())
                        && !withheldFixes.contains(identity(f))) {
                    candidates.putIfAbsent(f.fix(), f);
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            List<Fix> chosen = TextEdits.nonOverlapping(List.copyOf(candidates.keySet()));
            String text = TextEdits.apply(current.text(), chosen);
            if (text.equals(current.text())) {
                break;
            }
            Page fixed = Page.parse(original.file(), original.displayPath(), text);
            String problem = FixVerifier.problem(current, fixed, chosen);
            if (problem != null) {
                return new Repair(originalChecked, current, checked, applied, withheld, problem);
            }
            PageChecker.Checked fixedChecked = checker.check(fixed, errors);
            // New findings are measured against what the page had, or has since unsafe fixes.
            Map<Key, Integer> baseline = max(counts(originalFindings, chosen), counts(findings, chosen));
            List<Finding> created = created(baseline, fixedChecked.findings(), chosen);
            if (!created.isEmpty()) {
                Map<Fix, List<Finding>> culprits = culprits(current, chosen, baseline, created, errors);
                if (!culprits.isEmpty()) {
                    culprits.forEach((fix, adds) -> {
                        Finding repaired = candidates.get(fix);
                        withheldFixes.add(identity(repaired));
                        withheld.add("the " + repaired.ruleId() + " fix of '" + repaired.field() + "' ("
                                + fix.description() + ") would add " + describe(adds));
                    });
                    continue;
                }
            }
            applied += chosen.size();
            current = fixed;
            checked = fixedChecked;
            findings = checked.findings();
        }
        return new Repair(originalChecked, current, checked, applied, withheld, null);
    }

    /**
     * The safe fixes of {@code chosen} to withhold, each with the new findings it makes: each
     * that makes one when applied alone, or, when none does and no unsafe fix shares the
     * blame, all of them with what they make together.
     */
    private Map<Fix, List<Finding>> culprits(Page current, List<Fix> chosen, Map<Key, Integer> baseline,
            List<Finding> created, List<String> errors) {
        Map<Fix, List<Finding>> culprits = new LinkedHashMap<>();
        List<Fix> safe = chosen.stream().filter(f -> f.applicability() == Applicability.SAFE).toList();
        for (Fix fix : safe) {
            List<Finding> adds = chosen.size() == 1 ? created
                    : created(baseline, checkAlone(current, fix, errors), chosen);
            if (!adds.isEmpty()) {
                culprits.put(fix, adds);
            }
        }
        if (culprits.isEmpty() && !safe.isEmpty() && safe.size() == chosen.size()) {
            safe.forEach(fix -> culprits.put(fix, created));
        }
        return culprits;
    }

    /** The findings of the page with only {@code fix} applied, or none when that alone is not safe to write. */
    private List<Finding> checkAlone(Page current, Fix fix, List<String> errors) {
        Page alone = Page.parse(current.file(), current.displayPath(), TextEdits.apply(current.text(), List.of(fix)));
        if (FixVerifier.problem(current, alone, List.of(fix)) != null) {
            return List.of();
        }
        return checker.check(alone, errors).findings();
    }

    /** A fix withheld in one round is withheld in the next, where its offsets may have moved. */
    private static String identity(Finding f) {
        return f.ruleId() + "\u0000" + f.field() + "\u0000" + f.fix().description();
    }

    /** The first new finding as a message names it: rule, field, position and message. */
    private static String describe(List<Finding> created) {
        Finding f = created.get(0);
        return "a " + f.ruleId() + " finding the page did not have" + (f.field() == null ? "" : " in '" + f.field() + "'")
                + " at " + f.start().line() + ":" + f.start().column() + " (" + f.message() + ")"
                + (created.size() > 1 ? ", and " + (created.size() - 1) + " more" : "");
    }

    /** The findings by {@link Key}, as {@code applied} fixes leave their fields. */
    static Map<Key, Integer> counts(List<Finding> findings, List<Fix> applied) {
        Map<Key, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(Key.of(f, applied), 1, Integer::sum));
        return counts;
    }

    private static Map<Key, Integer> max(Map<Key, Integer> a, Map<Key, Integer> b) {
        Map<Key, Integer> out = new HashMap<>(a);
        b.forEach((k, n) -> out.merge(k, n, Math::max));
        return out;
    }

    /** The findings beyond those counted in {@code baseline}: more of one key than it had. */
    static List<Finding> created(Map<Key, Integer> baseline, List<Finding> after, List<Fix> applied) {
        List<Finding> created = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        for (Finding f : after) {
            Key key = Key.of(f, applied);
            if (seen.merge(key, 1, Integer::sum) > Objects.requireNonNullElse(baseline.get(key), 0)) {
                created.add(f);
            }
        }
        return created;
    }

    private static PageChecker.Outcome refused(Page page, PageChecker.Checked checked, String reason) {
        return new PageChecker.Outcome(checked.findings(), checked.suppressed(),
                new FixedPage(page.displayPath(), 0, null, reason, List.of()));
    }
}
