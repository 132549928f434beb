package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
