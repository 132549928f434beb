package dev.contentlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contentlint.engine.Finding;
import java.util.Comparator;

/**
 * Where a result sorts in a capped report: the most severe first, then by file, line, column
 * and rule, so that a cap keeps the same results on every run. It is read from what the SARIF
 * result says (its level, uri and clamped region), so that {@link ReportMerger} can merge the
 * sorted results of shards into one sorted stream without holding them.
 */
record ResultOrder(int rank, String uri, int line, int column, String rule) implements Comparable<ResultOrder> {
    private static final Comparator<ResultOrder> ORDER = Comparator.<ResultOrder>comparingInt(ResultOrder::rank)
            .thenComparing(ResultOrder::uri).thenComparingInt(ResultOrder::line)
            .thenComparingInt(ResultOrder::column).thenComparing(ResultOrder::rule);

    /** The key of a finding as {@link SarifReporter} writes it. */
    static ResultOrder of(Finding f, ReportInput input) {
        return new ResultOrder(rank(SarifReporter.level(f.severity())),
                SarifReporter.artifactLocation(input.rootRelative(f)).get("uri").asText(),
                Math.max(1, f.start().line()), Math.max(1, f.start().column()), f.ruleId());
    }

    /** The key of a written SARIF result. */
    static ResultOrder of(JsonNode result) {
        JsonNode location = result.path("locations").path(0).path("physicalLocation");
        JsonNode region = location.path("region");
        return new ResultOrder(rank(result.path("level").asText("warning")),
                location.path("artifactLocation").path("uri").asText(""),
                region.path("startLine").asInt(1), region.path("startColumn").asInt(1),
                result.path("ruleId").asText(""));
    }

    /** error, then warning, then note (and none, which SARIF also allows). */
    static int rank(String level) {
        return switch (level) {
            case "error" -> 0;
            case "warning" -> 1;
            case "note" -> 2;
            default -> 3;
        };
    }

    @Override
    public int compareTo(ResultOrder other) {
        return ORDER.compare(this, other);
    }
}
