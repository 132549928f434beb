package dev.contentlint.suppress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.UsageException;
import dev.contentlint.io.GuardedReader;
import dev.contentlint.text.Sha256;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The findings a repository had when it adopted contentlint, so that a check reports only new
 * ones. A finding is recorded by its file (relative to the repository root), rule, field and
 * a hash of its offending text, never by its line, so it stays recorded when lines move; the
 * same key may be recorded several times, and suppresses as many findings.
 */
public final class Baseline {
    private static final int VERSION = 1;
    /** A site's whole baseline is about a hundred bytes a finding: 120,000 findings take some 15 MB. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::rule)
            .thenComparing(k -> k.field() == null ? "" : k.field()).thenComparing(Key::text);

    /** What identifies a finding across runs; {@code text} is a hash of the offending text. */
    public record Key(String file, String rule, String field, String text) {}

    private final Map<Key, Integer> counts;

    private Baseline(Map<Key, Integer> counts) {
        this.counts = counts;
    }

    /** The baseline of {@code findings}; {@code fileOf} names a finding's file relative to the repository root. */
    public static Baseline of(List<Finding> findings, Function<Finding, String> fileOf) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Finding finding : findings) {
            counts.merge(key(finding, fileOf), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    static Key key(Finding finding, Function<Finding, String> fileOf) {
        return new Key(fileOf.apply(finding), finding.ruleId(), finding.field(), textHash(finding.excerpt()));
    }

    /** How many findings the baseline records. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The findings this baseline does not record, in their order. */
    public List<Finding> newFindings(List<Finding> findings, Function<Finding, String> fileOf) {
        Map<Key, Integer> left = new HashMap<>(counts);
        List<Finding> fresh = new ArrayList<>();
        for (Finding finding : findings) {
            Key key = key(finding, fileOf);
            Integer remaining = left.get(key);
            if (remaining != null && remaining > 0) {
                left.put(key, remaining - 1);
            } else {
                fresh.add(finding);
            }
        }
        return fresh;
    }

    /**
     * This baseline brought up to date by a run: the records of the files the run checked are
     * replaced by {@code current}'s, so fixed findings are pruned; the records of other files
     * are kept while the file still exists.
     */
    public Baseline updatedBy(Baseline current, Set<String> checkedFiles, Predicate<String> fileExists) {
        Map<Key, Integer> updated = new HashMap<>();
        counts.forEach((key, count) -> {
            if (!checkedFiles.contains(key.file()) && fileExists.test(key.file())) {
                updated.put(key, count);
            }
        });
        updated.putAll(current.counts);
        return new Baseline(updated);
    }

    /** Reads a baseline file; a missing or malformed one is a usage error that says where and why. */
    public static Baseline read(Path file) {
        if (!Files.exists(file)) {
            throw new UsageException("baseline " + file + " does not exist; create it with --update-baseline " + file);
        }
        String text;
        try {
            text = GuardedReader.readUtf8(file, MAX_BYTES);
        } catch (GuardedReader.RefusedException e) {
            throw new UsageException("cannot read baseline " + file + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "")
                    + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UsageException("baseline " + file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new UsageException("baseline " + file + ": not a contentlint baseline of version " + VERSION
                    + " (it needs \"version\": " + VERSION + " and a \"findings\" array)");
        }
        Map<Key, Integer> counts = new HashMap<>();
        int index = 0;
        for (JsonNode entry : root.get("findings")) {
            String file0 = entry.path("file").asText(null);
            String rule = entry.path("rule").asText(null);
            String hash = entry.path("text").asText(null);
            int count = entry.path("count").asInt(1);
            if (file0 == null || rule == null || hash == null || count < 1) {
                throw new UsageException("baseline " + file + ": findings[" + index
                        + "] needs \"file\", \"rule\", \"text\" and a positive \"count\"");
            }
            JsonNode field = entry.path("field");
            counts.merge(new Key(file0, rule, field.isTextual() ? field.asText() : null, hash), count, Integer::sum);
            index++;
        }
        return new Baseline(counts);
    }

    /** Writes the baseline as JSON, sorted, so that its changes read well in a diff. */
    public void write(Writer out) throws IOException {
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeStringField("tool", "contentlint");
            json.writeArrayFieldStart("findings");
            Map<Key, Integer> sorted = new TreeMap<>(ORDER);
            sorted.putAll(counts);
            for (Map.Entry<Key, Integer> entry : sorted.entrySet()) {
                Key key = entry.getKey();
                json.writeStartObject();
                json.writeStringField("file", key.file());
                json.writeStringField("rule", key.rule());
                json.writeStringField("field", key.field());
                json.writeStringField("text", key.text());
                json.writeNumberField("count", entry.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
    }

    /** The first 16 hex digits of the SHA-256 of the offending text. */
    static String textHash(String text) {
        return Sha256.hex(text, 8);
    }
}
