package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.fix.Fix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several findings can share one fix: every literal \n of an answer is repaired by one
 * rewrite of the answer. Machine formats write such a fix once, on the first finding that
 * carries it, and point the others at that finding.
 */
final class SharedFixes {
    private SharedFixes() {}

    /** For each finding, the index of an earlier finding with the same fix in the same file, or -1. */
    static int[] firstCarriers(List<Finding> findings) {
        int[] sameAs = new int[findings.size()];
        Map<String, Map<Fix, Integer>> seen = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sameAs[i] = -1;
            if (f.fix() != null) {
                Integer first = seen.computeIfAbsent(f.path(), p -> new HashMap<>()).putIfAbsent(f.fix(), i);
                if (first != null) {
                    sameAs[i] = first;
                }
            }
        }
        return sameAs;
    }
}
