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

    /** @param automationId the merged SARIF run's {@code runAutomationDetails.id}; JSON has none */
    public static void merge(List<Path> reports, String automationId, Writer out) throws IOException {
        if (kindOf(reports) == Kind.SARIF) {
            mergeSarif(reports, automationId, out);
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
                copyResults(reports.get(i), "findings", generator, finding -> {
                    JsonNode sameAs = finding.path("fix").path("sameAs");
                    if (sameAs.isInt()) {
                        ((ObjectNode) finding.get("fix")).put("sameAs", sameAs.asInt() + offset);
                    }
                });
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
        out.flush();
    }

    private static void mergeSarif(List<Path> reports, String automationId, Writer out) throws IOException {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Map<Integer, Integer>> ruleIndexes = new ArrayList<>();
        ObjectNode firstRun = null;
        boolean successful = true;
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
            }
        }
        ObjectNode driver = (ObjectNode) firstRun.path("tool").path("driver");
        ArrayNode union = driver.putArray("rules");
        rules.values().forEach(union::add);
        firstRun.putObject("automationDetails").put("id", automationId);
        ArrayNode invocations = firstRun.putArray("invocations");
        invocations.addObject().put("executionSuccessful", successful);
        ObjectNode run = firstRun;
        JsonOutput.stream(out, generator -> {
            generator.writeStartObject();
            generator.writeStringField("$schema", SarifReporter.SCHEMA);
            generator.writeStringField("version", "2.1.0");
            generator.writeArrayFieldStart("runs");
            generator.writeStartObject();
            JsonOutput.writeFields(generator, run);
            generator.writeArrayFieldStart("results");
            for (int i = 0; i < reports.size(); i++) {
                Map<Integer, Integer> remap = ruleIndexes.get(i);
                copyResults(reports.get(i), "results", generator, result -> {
                    if (result.path("ruleIndex").isInt()) {
                        ((ObjectNode) result).put("ruleIndex", remap.get(result.get("ruleIndex").asInt()));
                    }
                });
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeEndObject();
        });
        out.flush();
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

    /** Copies each element of the array {@code field} (in the first run, for SARIF), changed by {@code edit}. */
    private static void copyResults(Path report, String field, JsonGenerator out,
            java.util.function.Consumer<JsonNode> edit) throws IOException {
        try (JsonParser parser = FACTORY.createParser(report.toFile())) {
            parser.nextToken();
            boolean sarif = field.equals("results");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (sarif && name.equals("runs")) {
                    parser.nextToken(); // the first run
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String runField = parser.currentName();
                        parser.nextToken();
                        if (runField.equals(field)) {
                            copyArray(parser, out, edit);
                            return;
                        }
                        parser.skipChildren();
                    }
                    return;
                }
                if (!sarif && name.equals(field)) {
                    copyArray(parser, out, edit);
                    return;
                }
                parser.skipChildren();
            }
        }
    }

    private static void copyArray(JsonParser parser, JsonGenerator out, java.util.function.Consumer<JsonNode> edit)
            throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode element = parser.readValueAsTree();
            edit.accept(element);
            out.writeTree(element);
        }
    }
}
