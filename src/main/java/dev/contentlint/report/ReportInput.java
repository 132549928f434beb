package dev.contentlint.report;

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
 */
public record ReportInput(RunResult result, List<RuleMeta> rules, String toolVersion, Path workingDirectory,
        Path root) {

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
        return relative.toString().replace('\\', '/');
    }
}
