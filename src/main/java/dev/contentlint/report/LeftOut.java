package dev.contentlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results a capped report leaves out, in total and by rule. A SARIF run records them as
 * tool execution notifications, and the command says so on stderr, with the way out.
 */
public final class LeftOut {
    /** The descriptor id of the notifications, for a tool that reads them back (the merge). */
    static final String NOTIFICATION_ID = "results-left-out";

    private final int max;
    private final Map<String, Integer> byRule = new TreeMap<>();
    private int total;

    public LeftOut(int max) {
        this.max = max;
    }

    void add(String rule, int count) {
        if (count > 0) {
            byRule.merge(rule, count, Integer::sum);
            total += count;
        }
    }

    public int total() {
        return total;
    }

    public int max() {
        return max;
    }

    /** The counts by rule, sorted by rule id. */
    public Map<String, Integer> byRule() {
        return Map.copyOf(byRule);
    }

    /**
     * One warning with the total, then one note per rule with its count, both under
     * {@code properties.leftOut}; nothing when nothing was left out.
     */
    void addNotifications(ObjectNode invocation, Map<String, Integer> ruleIndex) {
        if (total == 0) {
            return;
        }
        ArrayNode notifications = invocation.withArray("toolExecutionNotifications");
        ObjectNode summary = notifications.addObject();
        summary.putObject("descriptor").put("id", NOTIFICATION_ID);
        summary.put("level", "warning");
        summary.putObject("message").put("text", total + " result" + (total == 1 ? "" : "s")
                + " left out: this run keeps the " + max + " most severe (--max-results)");
        summary.putObject("properties").put("leftOut", total).put("maxResults", max);
        byRule.forEach((rule, count) -> {
            ObjectNode notification = notifications.addObject();
            notification.putObject("descriptor").put("id", NOTIFICATION_ID);
            ObjectNode associated = notification.putObject("associatedRule").put("id", rule);
            Integer index = ruleIndex.get(rule);
            if (index != null) {
                associated.put("index", index);
            }
            notification.put("level", "note");
            notification.putObject("message").put("text", count + " " + rule + " result" + (count == 1 ? "" : "s")
                    + " left out");
            notification.putObject("properties").put("leftOut", count);
        });
    }

    /** Reads back the counts of notifications that {@link #addNotifications} wrote (for the merge). */
    void addRecorded(com.fasterxml.jackson.databind.JsonNode invocation) {
        for (com.fasterxml.jackson.databind.JsonNode notification : invocation.path("toolExecutionNotifications")) {
            String rule = notification.path("associatedRule").path("id").asText(null);
            if (NOTIFICATION_ID.equals(notification.path("descriptor").path("id").asText()) && rule != null) {
                add(rule, notification.path("properties").path("leftOut").asInt());
            }
        }
    }

    /** The stderr line: {@code head} (what the report keeps), what it left out, by rule, and the way out. */
    public String message(String head) {
        StringBuilder out = new StringBuilder("contentlint: ").append(head).append("; ").append(total)
                .append(" left out (");
        String separator = "";
        for (Map.Entry<String, Integer> entry : byRule.entrySet()) {
            out.append(separator).append(entry.getValue()).append(' ').append(entry.getKey());
            separator = ", ";
        }
        return out.append("); to report only new findings, record these in a baseline (--update-baseline FILE);")
                .append(" the exit code still counts every finding, so --fail-on error fails on any error").toString();
    }
}
