package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
    @Test
    void parsesAndMatchesTheDocumentedSchema() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReporter().render(ReportFixtures.input()));
        assertEquals(JsonReporter.SCHEMA_VERSION, root.get("schemaVersion").asInt());
        assertEquals(8, root.at("/summary/findings").asInt());
        assertEquals(2, root.at("/summary/pagesWithFindings").asInt());
        assertEquals(1, root.get("internalErrors").size());
        JsonNode hostile = root.at("/findings/5");
        assertEquals(ReportFixtures.HOSTILE_MESSAGE, hostile.get("message").asText());
        assertEquals("<script>alert(1)</script> & co\u0001", hostile.get("excerpt").asText());
        assertTrue(root.at("/findings/1/field").isNull(), "a null field is written as null");
        assertEquals("", root.at("/findings/6/fix/edits/0/replacement").asText());
    }
}
