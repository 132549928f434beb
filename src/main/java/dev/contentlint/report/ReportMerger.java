package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the reports of the shards of one run ({@code check --shard K/N}) into one report of
 * the same format: SARIF or contentlint's JSON. Reports are streamed: only their headers are
 * held, and results are copied one at a time, so a merge of large reports needs little memory.
 * Both writers put the results last, which is what lets a header be read first.
 */
public final class ReportMerger {
    /** The formats that can be merged. */
    public enum Kind { SARIF, JSON }

    private static final JsonFactory FACTORY = JsonOutput.MAPPER.getFactory();

    private ReportMerger() {}

    /** @throws IllegalArgumentException when a file is not a report, or the reports differ in kind */
    public static Kind kindOf(List<Path> reports) throws IOException {
        Kind kind = null;
        for (Path report : reports) {
            Kind found;
            try (JsonParser parser = FACTORY.createParser(report.toFile())) {
                String first = parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                        ? parser.currentName() : "";
                found = switch (first) {
                    case "$schema", "version", "runs" -> Kind.SARIF;
                    case "schemaVersion" -> Kind.JSON;
                    default -> throw new IllegalArgumentException(report
                            + " is neither a SARIF log nor a contentlint JSON report");
                };
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(report + " is not JSON: " + e.getOriginalMessage());
            }
            if (kind != null && kind != found) {
                throw new IllegalArgumentException("the reports mix SARIF and JSON: " + report);
            }
            kind = found;
        }
        return kind;
    }

    /**
     * @param automationId the merged SARIF run's {@code runAutomationDetails.id}; JSON has none
     * @param maxResults   the most results the merged SARIF run keeps (JSON keeps all)
     */
    public static void merge(List<Path> reports, String automationId, int maxResults, Writer out) throws IOException {
        merge(reports, automationId, maxResults, out, new LeftOut(maxResults));
    }

    /** As {@link #merge(List, String, int, Writer)}; {@code leftOut} receives what the merged SARIF run leaves out. */
    public static void merge(List<Path> reports, String automationId, int maxResults, Writer out, LeftOut leftOut)
            throws IOException {
        if (kindOf(reports) == Kind.SARIF) {
            mergeSarif(reports, automationId, maxResults, out, leftOut);
        } else {
            mergeJson(reports, out);
        }
    }

    private static void mergeJson(List<Path> reports, Writer out) throws IOException {
        ObjectNode merged = null;
        List<Integer> offsets = new ArrayList<>();
        int findings = 0;
        for (Path report : reports) {
            ObjectNode header = header(report, "findings");
            if (merged == null) {
                merged = header.deepCopy();
            } else {
                if (!header.path("schemaVersion").equals(merged.path("schemaVersion"))) {
                    throw new IllegalArgumentException(report + " has another schemaVersion than " + reports.get(0));
                }
                ObjectNode sum = (ObjectNode) merged.get("summary");
                header.path("summary").fields().forEachRemaining(e -> {
                    if (e.getValue().isNumber()) {
                        sum.put(e.getKey(), sum.path(e.getKey()).asLong() + e.getValue().asLong());
                    }
                });
                ((ArrayNode) merged.withArray("internalErrors")).addAll((ArrayNode) header.withArray("internalErrors"));
            }
            offsets.add(findings);
            findings += header.path("summary").path("findings").asInt();
        }
        ObjectNode head = merged;
        JsonOutput.stream(out, generator -> {
            generator.writeStartObject();
            JsonOutput.writeFields(generator, head);
            generator.writeArrayFieldStart("findings");
            for (int i = 0; i < reports.size(); i++) {
                int offset = offsets.get(i);
                try (Elements findingsOf = new Elements(reports.get(i), "findings")) {
                    for (JsonNode finding = findingsOf.next(); finding != null; finding = findingsOf.next()) {
                        JsonNode sameAs = finding.path("fix").path("sameAs");
                        if (sameAs.isInt()) {
                            ((ObjectNode) finding.get("fix")).put("sameAs", sameAs.asInt() + offset);
                        }
                        generator.writeTree(finding);
                    }
                }
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
        out.flush();
    }

    /** A shard's next result, with the shard it comes from and its sort key. */
    private record Next(ResultOrder key, JsonNode result, int shard) {}

    /**
     * Each shard's results are in {@link ResultOrder}, so merging them one at a time, the
     * smallest first, keeps that order and the first {@code maxResults} are the merged run's
     * most severe (as long as no shard was cut below {@code maxResults}).
     */
    private static void mergeSarif(List<Path> reports, String automationId, int maxResults, Writer out,
            LeftOut leftOut) throws IOException {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Map<Integer, Integer>> ruleIndexes = new ArrayList<>();
        ObjectNode firstRun = null;
        boolean successful = true;
        List<JsonNode> errors = new ArrayList<>();
        for (Path report : reports) {
            ObjectNode run = header(report, "results");
            if (firstRun == null) {
                firstRun = run.deepCopy();
            }
            Map<Integer, Integer> remap = new LinkedHashMap<>();
            JsonNode driverRules = run.path("tool").path("driver").path("rules");
            for (int i = 0; i < driverRules.size(); i++) {
                String id = driverRules.get(i).path("id").asText();
                if (rules.putIfAbsent(id, driverRules.get(i)) == null) {
                    ruleIndex.put(id, rules.size() - 1);
                }
                remap.put(i, ruleIndex.get(id));
            }
            ruleIndexes.add(remap);
            for (JsonNode invocation : run.path("invocations")) {
                successful &= invocation.path("executionSuccessful").asBoolean(true);
                leftOut.addRecorded(invocation);
                for (JsonNode notification : invocation.path("toolExecutionNotifications")) {
                    if (!LeftOut.NOTIFICATION_ID.equals(notification.path("descriptor").path("id").asText())) {
                        errors.add(notification);
                    }
                }
            }
        }
        ObjectNode driver = (ObjectNode) firstRun.path("tool").path("driver");
        ArrayNode union = driver.putArray("rules");
        rules.values().forEach(union::add);
        firstRun.putObject("automationDetails").put("id", automationId);
        ObjectNode invocation = firstRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", successful);
        if (!errors.isEmpty()) {
            invocation.putArray("toolExecutionNotifications").addAll(errors);
        }

        // The notifications come before the results: a first pass counts what the cap leaves out.
        int[] seen = {0};
        mergeResults(reports, ruleIndexes, result -> {
            if (seen[0]++ >= maxResults) {
                leftOut.add(result.path("ruleId").asText(), 1);
            }
            return true;
        });
        leftOut.addNotifications(invocation, ruleIndex);
        ObjectNode run = firstRun;
        JsonOutput.stream(out, generator -> {
            generator.writeStartObject();
            generator.writeStringField("$schema", SarifReporter.SCHEMA);
            generator.writeStringField("version", "2.1.0");
            generator.writeArrayFieldStart("runs");
            generator.writeStartObject();
            JsonOutput.writeFields(generator, run);
            generator.writeArrayFieldStart("results");
            int[] written = {0};
            mergeResults(reports, ruleIndexes, result -> {
                if (written[0] >= maxResults) {
                    return false;
                }
                generator.writeTree(result);
                written[0]++;
                return true;
            });
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeEndObject();
        });
        out.flush();
    }

    /** Takes a merged result; false stops the merge. */
    private interface ResultSink {
        boolean accept(JsonNode result) throws IOException;
    }

    /** Gives the shards' results to {@code sink} in {@link ResultOrder}, holding one result a shard. */
    private static void mergeResults(List<Path> reports, List<Map<Integer, Integer>> ruleIndexes, ResultSink sink)
            throws IOException {
        List<Elements> shards = new ArrayList<>();
        try {
            PriorityQueue<Next> queue = new PriorityQueue<>(Comparator.comparing(Next::key)
                    .thenComparingInt(Next::shard));
            for (int i = 0; i < reports.size(); i++) {
                shards.add(new Elements(reports.get(i), "results"));
                offer(queue, shards, i, ruleIndexes);
            }
            while (!queue.isEmpty()) {
                Next next = queue.poll();
                if (!sink.accept(next.result())) {
                    return;
                }
                offer(queue, shards, next.shard(), ruleIndexes);
            }
        } finally {
            for (Elements shard : shards) {
                shard.close();
            }
        }
    }

    private static void offer(PriorityQueue<Next> queue, List<Elements> shards, int shard,
            List<Map<Integer, Integer>> ruleIndexes) throws IOException {
        JsonNode result = shards.get(shard).next();
        if (result != null) {
            if (result.path("ruleIndex").isInt()) {
                ((ObjectNode) result).put("ruleIndex", ruleIndexes.get(shard).get(result.get("ruleIndex").asInt()));
            }
            queue.add(new Next(ResultOrder.of(result), result, shard));
        }
    }

    /**
     * The object that holds the array field {@code last} (a SARIF run, or a JSON report), with
     * every field before that array; the array itself is not read.
     */
    private static ObjectNode header(Path report, String last) throws IOException {
        try (JsonParser parser = FACTORY.createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(report + " is not a JSON object");
            }
            ObjectNode top = JsonOutput.MAPPER.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("runs") && last.equals("results")) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw new IllegalArgumentException(report + " has no run");
                    }
                    return fieldsBefore(parser, "results", report);
                }
                if (name.equals(last)) {
                    return top;
                }
                top.set(name, parser.readValueAsTree());
            }
            return top;
        }
    }

    private static ObjectNode fieldsBefore(JsonParser parser, String last, Path report) throws IOException {
        ObjectNode object = JsonOutput.MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals(last)) {
                return object;
            }
            object.set(name, parser.readValueAsTree());
        }
        throw new IllegalArgumentException(report + " has no '" + last + "'");
    }

    /** The elements of the array {@code field} (of the first run, for SARIF's "results"), read one at a time. */
    private static final class Elements implements AutoCloseable {
        private final JsonParser parser;
        private boolean open;

        Elements(Path report, String field) throws IOException {
            parser = FACTORY.createParser(report.toFile());
            parser.nextToken();
            open = field.equals("results") ? enter(parser, "runs") && parser.nextToken() == JsonToken.START_OBJECT
                    && enter(parser, field) : enter(parser, field);
        }

        /** Moves into the array-valued field {@code name} of the current object; false if it has none. */
        private static boolean enter(JsonParser parser, String name) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String current = parser.currentName();
                parser.nextToken();
                if (current.equals(name)) {
                    return parser.currentToken() == JsonToken.START_ARRAY;
                }
                parser.skipChildren();
            }
            return false;
        }

        /** The next element, or null after the last. */
        JsonNode next() throws IOException {
            if (open && parser.nextToken() == JsonToken.START_OBJECT) {
                return parser.readValueAsTree();
            }
            open = false;
            return null;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
