package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;
import dev.contentlint.report.ReportInput;
import dev.contentlint.report.LeftOut;
import dev.contentlint.report.ReportMerger;
import dev.contentlint.report.SarifReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the SARIF or JSON reports of the shards of one run (check --shard K/N) into one report.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The shards' reports, all SARIF or all JSON")
    List<Path> reports;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the merged report to FILE instead of standard output")
    Path output;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Names the merged run in SARIF (runAutomationDetails.id); the shards' own ids are dropped")
    String category;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Keep the N most severe results of the merged SARIF run (default: GitHub's 25000); give each shard at least as many")
    Integer maxResults;

    @Override
    public Integer call() throws IOException {
        Integer max = MaxResults.check(maxResults);
        int cap = max == null ? SarifReporter.GITHUB_MAX_RESULTS : max;
        String automationId = ReportInput.automationId(Categories.check(category), null);
        for (Path report : reports) {
            if (!Files.isRegularFile(report)) {
                throw new UsageException("no such report: " + report);
            }
        }
        try {
            ReportMerger.kindOf(reports);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LeftOut leftOut = new LeftOut(cap);
        OutputFile.writeOrPrint(output, spec.commandLine().getOut(),
                writer -> ReportMerger.merge(reports, automationId, cap, writer, leftOut));
        if (leftOut.total() > 0) {
            spec.commandLine().getErr().println(leftOut.message("the merged SARIF report keeps the " + cap
                    + " most severe results (--max-results " + cap + ")"));
        }
        return 0;
    }
}
