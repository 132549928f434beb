package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.RunResult;
import dev.contentlint.engine.UsageException;
import dev.contentlint.io.GuardedReader;
import dev.contentlint.page.PageReader;
import dev.contentlint.report.AuditSummary;
import dev.contentlint.report.HtmlReport;
import dev.contentlint.site.SiteView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks every page of a repository and prints a summary: totals by rule, severity and folder,"
                + " and the pages with the most findings; with the site audit's rules on, the site: shared titles and"
                + " descriptions, near-duplicate texts, orphan pages and inbound links.")
final class AuditCommand implements Callable<Integer> {
    /** How the summary is written. */
    enum AuditFormat { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROOT", arity = "0..1",
            description = "The repository to audit (default: the configuration file's folder, else the git root,"
                    + " else the current folder)")
    Path root;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Summary format: text or json (default: ${DEFAULT-VALUE})")
    AuditFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the summary to FILE instead of standard output")
    Path output;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report: charts per rule and folder, and a table of pages")
    Path html;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of the pages with the most findings to list (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    ConfigOption config;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new UsageException("--top must be 0 or more");
        }
        long started = System.nanoTime();
        Path cwd = Path.of("").toAbsolutePath();
        Config loaded = config.load(root != null ? root.toAbsolutePath() : cwd);
        Path repository = root != null ? root.toAbsolutePath().normalize() : RepositoryRoot.of(loaded, cwd);
        PrintWriter err = spec.commandLine().getErr();
        run.loadIndexCache(loaded, cwd, repository);
        PageSelection pages = PageSelection.walk(loaded, repository, List.of(repository), err);
        List<Path> files = pages.files();
        RunResult result = run.run(loaded, cwd, repository, pages, FixMode.NONE, false, err);
        Config checked = run.selectRules(loaded, new PrintWriter(java.io.Writer.nullWriter()));
        // The site view and the summary each go through every finding; they are made side by side.
        java.util.concurrent.CompletableFuture<SiteView> site = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> SiteView.of(result.findings(), run.index(), checked));
        AuditSummary summary = AuditSummary.of(result, files.stream().map(file -> Engine.displayPath(cwd.normalize(), file)).toList(), top,
                (System.nanoTime() - started) / 1_000_000)
                .withSite(joined(site));
        if (html != null) {
            OutputFile.write(html, writer -> HtmlReport.write(writer, summary, result, Main.version(),
                    path -> sourceLines(cwd.resolve(path))));
        }
        OutputFile.writeOrPrint(output, spec.commandLine().getOut(), writer -> write(summary, writer));
        for (String error : result.internalErrors()) {
            err.println("contentlint: internal error: " + error);
        }
        return result.internalErrors().isEmpty() ? 0 : Main.ERROR;
    }

    /** What the future computed; what it threw is thrown as it was. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A page's lines as the report shows them; an unreadable page shows none. It is read as the
     * check read it, so a FIFO or a link to a device, which the check reported, is not opened here.
     */
    private static List<String> sourceLines(Path file) {
        try {
            String text = GuardedReader.readUtf8(file, PageReader.DEFAULT_MAX_BYTES);
            return List.of(text.replace("\r\n", "\n").split("\n", -1));
        } catch (GuardedReader.RefusedException e) {
            return null;
        }
    }

    private void write(AuditSummary summary, java.io.Writer writer) throws IOException {
        if (format == AuditFormat.JSON) {
            summary.writeJson(writer, Main.version());
        } else {
            summary.writeText(writer);
        }
    }
}
