package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.text.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Location-independent finding identities, in GitHub's {@code primaryLocationLineHash} form
 * {@code <hash>:<n>}. The hash covers the rule, the field and the excerpt but not the line,
 * so a finding keeps its identity when unrelated lines are added or removed above it; n
 * counts identical (rule, field, excerpt) findings in one file, in report order, so that
 * they stay distinct.
 */
public final class Fingerprints {
    private Fingerprints() {}

    /** The fingerprint of each finding, in the same order. */
    public static List<String> primaryLocationLineHashes(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String hash = hash(f);
            int occurrence = seen.merge(f.path() + '\0' + hash, 1, Integer::sum);
            out.add(hash + ":" + occurrence);
        }
        return out;
    }

    /** SHA-256 of rule, field and excerpt, '\0'-separated (a null field counts as empty), as 16 hex digits. */
    static String hash(Finding f) {
        String key = f.ruleId() + '\0' + (f.field() == null ? "" : f.field()) + '\0' + f.excerpt();
        return Sha256.hex(key, 8);
    }
}
