package dev.contentlint.report;

import dev.contentlint.text.Slashes;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.RuleMeta;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a reporter may use. Reporters are pure functions of this: no clock, no disk,
 * no environment, so that golden files stay stable.
 *
 * @param result           the run's findings and counts
 * @param rules            metadata of every known rule, for SARIF {@code rules[]} and docs links
 * @param toolVersion      contentlint's version
 * @param workingDirectory the folder that finding paths are relative to
 * @param root             the repository root, which SARIF uris are relative to
 * @param automationId     SARIF's {@code runAutomationDetails.id}: what code scanning tells
 *                         analyses apart by, so that shards or jobs uploaded apart do not replace
 *                         each other
 */
public record ReportInput(RunResult result, List<RuleMeta> rules, String toolVersion, Path workingDirectory,
        Path root, String automationId) {
    /** The automation id of a single, whole run. */
    public static final String DEFAULT_AUTOMATION_ID = "contentlint/";

    public ReportInput(RunResult result, List<RuleMeta> rules, String toolVersion, Path workingDirectory, Path root) {
        this(result, rules, toolVersion, workingDirectory, root, DEFAULT_AUTOMATION_ID);
    }

    /** The automation id for a category (a job's name) and a shard, either of which may be null. */
    public static String automationId(String category, String shard) {
        return DEFAULT_AUTOMATION_ID + (category == null ? "" : category + "/") + (shard == null ? "" : shard + "/");
    }

    public List<Finding> findings() {
        return result.findings();
    }

    /** The findings grouped by page, pages in the order of their first finding. */
    public Map<String, List<Finding>> findingsByPath() {
        return findings().stream().collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
    }

    /** A finding's path relative to the repository root, '/'-separated. */
    public String rootRelative(Finding finding) {
        Path absolute = workingDirectory.resolve(finding.path()).normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return Slashes.of(relative.toString());
    }
}
