package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Pretty JSON for the JSON and SARIF reporters. The indenter is pinned to "\n" (Jackson's
 * default follows the platform), so the output is the same on every machine.
 */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonOutput() {}

    /**
     * Streams a document to {@code out}, indented as {@link #write} does; {@code body} writes
     * its content through the generator, so that large arrays need not be held as trees.
     */
    static void stream(java.io.Writer out, GeneratorBody body) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator generator = WRITER.createGenerator(out)) {
            generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(generator);
        }
        out.write("\n");
    }

    /** Writes the fields of {@code object} into the object being generated, for a body that streams the rest. */
    static void writeFields(com.fasterxml.jackson.core.JsonGenerator generator, com.fasterxml.jackson.databind.node.ObjectNode object)
            throws java.io.IOException {
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) object::fields) {
            generator.writeFieldName(field.getKey());
            generator.writeTree(field.getValue());
        }
    }

    /** What {@link #stream} writes. */
    interface GeneratorBody {
        void write(com.fasterxml.jackson.core.JsonGenerator generator) throws java.io.IOException;
    }

    /** A node as {@link #stream} writes it, in UTF-8, for measuring. */
    static byte[] bytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The document, indented by two spaces, with a final line break. */
    static String write(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
