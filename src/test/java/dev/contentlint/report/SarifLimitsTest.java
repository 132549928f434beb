package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.Range;
import dev.contentlint.rules.Severity;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF within code scanning's limits: the cap, its order, its notifications, the merge and the size budget. */
class SarifLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static ReportInput input(List<Finding> findings) {
        return new ReportInput(new RunResult(findings, 3, List.of(), 0), ReportFixtures.rules(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
    }

    private static JsonNode run(SarifReporter reporter, ReportInput input) throws Exception {
        return JSON.readTree(reporter.render(input)).at("/runs/0");
    }

    /** The per-rule left-out counts that the notifications record. */
    private static Map<String, Integer> leftOutByRule(JsonNode run) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode n : run.at("/invocations/0/toolExecutionNotifications")) {
            if (n.has("associatedRule")) {
                counts.put(n.at("/associatedRule/id").asText(), n.at("/properties/leftOut").asInt());
            }
        }
        return counts;
    }

    private static List<String> keys(JsonNode results) {
        List<String> keys = new ArrayList<>();
        results.forEach(r -> keys.add(r.get("ruleId").asText() + " "
                + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                + r.at("/locations/0/physicalLocation/region/startLine").asInt()));
        return keys;
    }

    @Test
    void aCappedRunKeepsTheMostSevereAndCountsTheRestByRule() throws Exception {
        JsonNode run = run(new SarifReporter(3), ReportFixtures.input());
        String cafe = "site/content/faq/caf%C3%A9%20au%20lait.md";
        String intro = "site/content/guides/intro.md";
        assertEquals(List.of("required-field " + cafe + ":1", "front-matter-invalid " + cafe + ":2",
                "required-field " + intro + ":2"), keys(run.get("results")));

        JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
        // The internal error comes first, then the total, then one note per rule.
        assertEquals("error", notifications.get(0).get("level").asText());
        JsonNode total = notifications.get(1);
        assertEquals("warning", total.get("level").asText());
        assertEquals(5, total.at("/properties/leftOut").asInt());
        assertEquals(3, total.at("/properties/maxResults").asInt());
        assertEquals(Map.of("field-type", 1, "seo-description-length", 1, "escaped-newline", 1,
                "trailing-whitespace", 2), leftOutByRule(run));
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode n : notifications) {
            if (n.has("associatedRule")) {
                assertEquals(n.at("/associatedRule/id").asText(),
                        rules.get(n.at("/associatedRule/index").asInt()).get("id").asText());
            }
        }
        assertEquals(ReportFixtures.findings().size(),
                run.get("results").size() + total.at("/properties/leftOut").asInt());
    }

    @Test
    void aRunUnderTheCapHasNoLeftOutNotificationAndNoMessage() throws Exception {
        SarifReporter reporter = new SarifReporter(8);
        JsonNode run = run(reporter, ReportFixtures.input());
        assertEquals(8, run.get("results").size());
        assertEquals(1, run.at("/invocations/0/toolExecutionNotifications").size(), "only the internal error");
        assertTrue(reporter.leftOutMessage(ReportFixtures.input()).isEmpty());
    }

    @Test
    void theStderrMessageCountsByRuleAndNamesTheWayOut() {
        String message = new SarifReporter(3).leftOutMessage(ReportFixtures.input()).orElseThrow();
        assertTrue(message.contains("keeps the 3 most severe"), message);
        assertTrue(message.contains("5 left out (1 escaped-newline, 1 field-type, 1 seo-description-length,"
                + " 2 trailing-whitespace)"), message);
        assertTrue(message.contains("--update-baseline"), message);
        assertTrue(message.contains("--fail-on"), message);
    }

    @Test
    void theOrderIsSeverityThenPathLineColumnRuleWhateverTheInputOrder() throws Exception {
        List<Finding> findings = new ArrayList<>(ReportFixtures.findings());
        List<String> expected = keys(run(new SarifReporter(), input(findings)).get("results"));
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(findings, new Random(seed));
            assertEquals(expected, keys(run(new SarifReporter(), input(findings)).get("results")));
            assertEquals(expected.subList(0, 4), keys(run(new SarifReporter(4), input(findings)).get("results")));
        }
        JsonNode results = run(new SarifReporter(), input(findings)).get("results");
        for (int i = 1; i < results.size(); i++) {
            assertTrue(ResultOrder.of(results.get(i - 1)).compareTo(ResultOrder.of(results.get(i))) <= 0,
                    "results " + (i - 1) + " and " + i + " are out of order");
        }
    }

    @Test
    void relatedLocationsStopAtGithubsHundredAndTheMessageSaysHowManyThereAre() throws Exception {
        Finding base = ReportFixtures.findings().get(4);
        List<Finding.Span> related = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            related.add(ReportFixtures.span(5 + i, 3, 5 + i, 5));
        }
        JsonNode result = run(new SarifReporter(), input(List.of(ReportFixtures.withRelated(base, related))))
                .at("/results/0");
        JsonNode locations = result.get("relatedLocations");
        assertEquals(100, locations.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 1, locations.get(i).get("id").asInt());
            assertEquals(5 + i, locations.get(i).at("/physicalLocation/region/startLine").asInt());
            assertEquals((i + 1) + " of 150", locations.get(i).at("/message/text").asText());
        }
        assertEquals(150, result.at("/properties/occurrences").asInt());
        assertTrue(result.at("/message/text").asText().endsWith("(the first 100 of 150 occurrences are related locations)"),
                result.at("/message/text").asText());
    }

    /** Findings whose fixes rewrite a long field with text that compresses badly, like a real answer. */
    private static List<Finding> findingsWithLongFixes(int count) {
        Random random = new Random(7);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 2000; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            Finding f = ReportFixtures.finding("escaped-newline", Severity.WARNING, "content/p" + i + ".md", "answer",
                    "literal \\n in 'answer'", 80, 5, 12, 5, 14, "\\n");
            findings.add(ReportFixtures.fixed(f, Fix.safe("rewrite 'answer'", FieldChange.any("answer"),
                    new TextEdit(new Range(80, 82), text.toString())), Map.of()));
        }
        return findings;
    }

    private static int gzippedSize(String text) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    @Test
    void pastTheFixBudgetResultsGoWithoutFixAndPastTheSizeBudgetTheyAreLeftOut() throws Exception {
        List<Finding> findings = findingsWithLongFixes(1000);
        SarifReporter reporter = new SarifReporter(5000, 20_000, 30_000);
        String sarif = reporter.render(input(findings));
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        JsonNode results = run.get("results");
        int withFix = 0;
        int omitted = 0;
        for (JsonNode r : results) {
            boolean has = r.has("fixes");
            boolean cut = r.at("/properties/fixOmitted").asBoolean(false);
            assertTrue(has != cut, "a result either carries its fix or says it was cut");
            // The fixes go to the most severe (first) results, then stop.
            assertTrue(!has || omitted == 0, "a fix after one was cut");
            withFix += has ? 1 : 0;
            omitted += cut ? 1 : 0;
        }
        assertTrue(withFix > 0 && omitted > 0, withFix + " with fix, " + omitted + " cut");
        int leftOut = run.at("/invocations/0/toolExecutionNotifications/0/properties/leftOut").asInt();
        assertTrue(leftOut > 0, "the size budget left results out");
        assertEquals(1000, results.size() + leftOut);
        assertTrue(gzippedSize(sarif) < 30_000 + 10_000, "gzipped " + gzippedSize(sarif));
    }

    @Test
    void theMergeOfSortedShardsIsTheWholeRunsCappedResultAndItsCounts() throws Exception {
        List<Finding> all = ReportFixtures.findings();
        List<Path> shards = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            List<Finding> part = new ArrayList<>();
            for (int i = shard; i < all.size(); i += 2) {
                part.add(all.get(i));
            }
            Path file = temp.resolve("shard-" + shard + ".sarif");
            // A shard that was itself capped records what it left out; the merge adds it.
            Files.writeString(file, new SarifReporter(shard == 0 ? 4 : 3).render(input(part)));
            shards.add(file);
        }
        StringWriter merged = new StringWriter();
        LeftOut leftOut = new LeftOut(3);
        ReportMerger.merge(shards, "contentlint/", 3, merged, leftOut);
        JsonNode mergedRun = JSON.readTree(merged.toString()).at("/runs/0");
        JsonNode whole = run(new SarifReporter(3), input(all));
        assertEquals(keys(whole.get("results")), keys(mergedRun.get("results")));
        assertEquals(leftOutByRule(whole), leftOutByRule(mergedRun));
        assertEquals(5, leftOut.total());
        for (int i = 0; i < 3; i++) {
            assertEquals(whole.at("/results/" + i + "/ruleIndex"), mergedRun.at("/results/" + i + "/ruleIndex"));
        }
        assertFalse(mergedRun.at("/invocations/0/toolExecutionNotifications").isEmpty());
    }
}
