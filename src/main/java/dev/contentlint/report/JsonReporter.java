package dev.contentlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.engine.Finding;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.rules.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON format, schema version 1 (documented in docs/json-format.md). Fields are only ever
 * added, never renamed or removed, within a schema version.
 */
public final class JsonReporter extends StreamingReporter {
    public static final int SCHEMA_VERSION = 1;


    /** Streams the findings one by one: a corpus run has 600,000 of them. */
    @Override
    public void write(ReportInput input, java.io.Writer out) throws java.io.IOException {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "contentlint");
        root.put("version", input.toolVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("pagesChecked", input.result().pagesChecked());
        summary.put("pagesWithFindings", input.result().filesWithFindings());
        summary.put("findings", input.findings().size());
        summary.put("errors", input.result().count(Severity.ERROR));
        summary.put("warnings", input.result().count(Severity.WARNING));
        summary.put("info", input.result().count(Severity.INFO));
        summary.put("suppressedInline", input.result().suppressed().inline());
        summary.put("suppressedByBaseline", input.result().suppressed().baseline());
        ArrayNode internal = root.putArray("internalErrors");
        input.result().internalErrors().forEach(internal::add);
        int[] sameFix = SharedFixes.firstCarriers(input.findings());
        JsonOutput.stream(out, generator -> {
            generator.writeStartObject();
            for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                    root::fields) {
                generator.writeFieldName(field.getKey());
                generator.writeTree(field.getValue());
            }
            generator.writeArrayFieldStart("findings");
            for (int i = 0; i < sameFix.length; i++) {
                generator.writeTree(finding(input.findings().get(i), sameFix[i]));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    /** {@code sameFixAs}: the index of an earlier finding that carries the same fix, or -1. */
    static ObjectNode finding(Finding f, int sameFixAs) {
        ObjectNode node = JsonOutput.MAPPER.createObjectNode();
        node.put("path", f.path());
        node.put("ruleId", f.ruleId());
        node.put("severity", f.severity().label());
        node.put("message", f.message());
        if (f.field() != null) {
            node.put("field", f.field());
        } else {
            node.putNull("field");
        }
        node.put("line", f.start().line());
        node.put("column", f.start().column());
        node.put("endLine", f.end().line());
        node.put("endColumn", f.end().column());
        node.put("offset", f.range().start());
        node.put("length", f.range().length());
        node.put("excerpt", f.excerpt());
        ArrayNode related = node.putArray("related");
        for (Finding.Span span : f.related()) {
            ObjectNode at = related.addObject();
            at.put("line", span.start().line());
            at.put("column", span.start().column());
            at.put("endLine", span.end().line());
            at.put("endColumn", span.end().column());
        }
        if (f.fix() != null && sameFixAs >= 0) {
            node.putObject("fix").put("sameAs", sameFixAs);
        } else if (f.fix() != null) {
            ObjectNode fix = node.putObject("fix");
            fix.put("description", f.fix().description());
            fix.put("applicability", f.fix().applicability().name().toLowerCase(Locale.ROOT));
            ArrayNode edits = fix.putArray("edits");
            for (int i = 0; i < f.fix().edits().size(); i++) {
                TextEdit edit = f.fix().edits().get(i);
                Finding.Span span = f.fixSpans().get(i);
                ObjectNode e = edits.addObject();
                e.put("offset", edit.range().start());
                e.put("length", edit.range().length());
                e.put("line", span.start().line());
                e.put("column", span.start().column());
                e.put("endLine", span.end().line());
                e.put("endColumn", span.end().column());
                e.put("replacement", edit.replacement());
            }
        }
        if (!f.properties().isEmpty()) {
            ObjectNode props = node.putObject("properties");
            for (Map.Entry<String, Object> entry : new TreeMap<>(f.properties()).entrySet()) {
                props.set(entry.getKey(), JsonOutput.MAPPER.valueToTree(entry.getValue()));
            }
        }
        return node;
    }
}
