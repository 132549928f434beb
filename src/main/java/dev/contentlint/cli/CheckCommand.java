package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.FixedPage;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.Progress;
import dev.contentlint.engine.RunResult;
import dev.contentlint.engine.UsageException;
import dev.contentlint.report.Format;
import dev.contentlint.report.ReportInput;
import dev.contentlint.report.Reporter;
import dev.contentlint.report.TerminalReporter;
import dev.contentlint.report.TextReporter;
import dev.contentlint.rules.Severity;
import dev.contentlint.suppress.Baseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks pages and folders (default: the current folder).")
final class CheckCommand implements Callable<Integer> {
    /** When a run fails: at errors (default), at warnings too, or never. */
    enum FailOn { ERROR, WARNING, NEVER }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to check (default: .)")
    List<Path> paths = List.of();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, sarif, github, junit or checkstyle (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: error, warning or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit with 1 when there are more than N warnings")
    int maxWarnings;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Keep the N most severe findings in SARIF (default: GitHub's 25000 a run) or N annotations of each level in the github format (default: GitHub's 10 a step)")
    Integer maxResults;

    @Mixin
    ConfigOption config;

    @Mixin
    RunOptions run;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Names this run in SARIF (runAutomationDetails.id), so that code scanning keeps the uploads of different jobs apart")
    String category;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Check only the K-th of N stable shares of the pages (K from 1 to N); every shard sees the whole repository")
    String shard;

    @Option(names = "--staged",
            description = "Check the staged version of each page whose staged version differs from HEAD, read from git's index (under PATH, default .)")
    boolean staged;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check the pages changed since the merge base of HEAD and REF: committed, staged, unstaged or new (under PATH, default .)")
    String changedSince;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only the findings that FILE does not record (made with --update-baseline)")
    Path baseline;

    @Option(names = "--update-baseline", paramLabel = "FILE",
            description = "Record this run's findings in FILE (pruning fixed ones, keeping those of pages not checked), then report only what it does not record")
    Path updateBaseline;

    @Option(names = "--fix", description = "Apply safe fixes to the files, then report what remains")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the fixes as a unified diff; write nothing")
    boolean fixDryRun;

    @Option(names = "--unsafe-fixes", description = "With --fix or --fix-dry-run, apply unsafe fixes too")
    boolean unsafeFixes;

    @Override
    public Integer call() throws IOException {
        refuseConflictingOptions();
        Path cwd = Path.of("").toAbsolutePath();
        Config loaded = config.load(cwd);
        Path repository = RepositoryRoot.of(loaded, cwd);
        Shards shards = shard == null ? null : Shards.parse(shard);
        String automationId = ReportInput.automationId(Categories.check(category),
                shards == null ? null : "shard-" + shards.index() + "-of-" + shards.count());
        // A person at a terminal gets findings grouped by file; a pipe, a file or an explicit --format text gets one a line.
        boolean grouped = format == Format.TEXT && output == null && !fixDryRun
                && !spec.commandLine().getParseResult().hasMatchedOption("--format") && Progress.isTerminal(1);
        boolean fixesShown = format == Format.JSON || format == Format.SARIF || grouped;
        // Read before the run, so that a bad baseline stops it at once.
        Baseline recorded = baseline != null && updateBaseline == null ? Baseline.read(baseline) : null;
        RunResult result;
        List<Path> checked;
        String nothingToCheck;
        run.loadIndexCache(loaded, cwd, repository);
        try (PageSelection selected = select(loaded, cwd, repository)) {
            nothingToCheck = selected.files().isEmpty() ? nothingToCheck(loaded, cwd) : null;
            PageSelection pages = shards == null ? selected : selected.checking(shards.of(selected.files(), repository));
            checked = pages.files();
            result = run.run(loaded, cwd, repository, pages, FixMode.of(fix, fixDryRun, unsafeFixes), fixesShown,
                    spec.commandLine().getErr());
        }
        if (recorded != null || updateBaseline != null) {
            Function<Finding, String> fileOf = f -> PageFiles.relative(repository, cwd.resolve(f.path()).normalize());
            if (updateBaseline != null) {
                recorded = updatedBaseline(result, checked, repository, fileOf);
            }
            result = result.withBaseline(recorded.newFindings(result.findings(), fileOf));
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportInput input = new ReportInput(result, loaded.known(), Main.version(), cwd, loaded.root(),
                automationId);
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = grouped ? new TerminalReporter(TerminalReporter.colourWanted(System.getenv()))
                : format.reporter(MaxResults.check(maxResults));
        reportFixes(result, err);
        if (fixDryRun) {
            result.fixed().stream().filter(f -> f.diff() != null).forEach(f -> out.print(f.diff()));
            out.flush();
            err.println(TextReporter.summary(result));
        } else if (output != null) {
            OutputFile.write(output, writer -> reporter.write(input, writer));
            if (format != Format.TEXT) {
                err.println(TextReporter.summary(result));
            }
        } else {
            reporter.write(input, out);
            out.flush();
        }
        if (!fixDryRun) {
            reporter.leftOutMessage(input).ifPresent(err::println);
        }
        for (String error : result.internalErrors()) {
            err.println("contentlint: internal error: " + error);
        }
        ProfileFit.misfit(loaded, result).ifPresent(err::println);
        if (nothingToCheck != null) {
            err.println("contentlint: warning: no page was checked: " + nothingToCheck);
            return Main.ERROR;
        }
        return exitCode(result);
    }

    /**
     * Why folders walked for pages held none, or null when that is no mistake: with
     * {@code --staged} or {@code --changed-since} no changed page is the normal case, and
     * files named one by one (as a commit hook names them) got their own warning when left out.
     */
    private String nothingToCheck(Config loaded, Path cwd) {
        List<Path> walked = paths.isEmpty() ? List.of(cwd) : paths;
        if (staged || changedSince != null || !walked.stream().allMatch(Files::isDirectory)) {
            return null;
        }
        for (Path path : walked) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(loaded.root())) {
                return absolute + " is outside " + loaded.root() + ", the folder of the configuration"
                        + (loaded.file() == null ? "" : " " + loaded.file()) + ", which include and exclude are relative to";
            }
        }
        return "no file under " + String.join(", ", walked.stream().map(Path::toString).toList())
                + " matches the include globs " + loaded.include() + " less the exclude globs " + loaded.exclude()
                + (loaded.file() == null ? " of the default profile" : " of " + loaded.file());
    }

    private void refuseConflictingOptions() {
        if (fix && fixDryRun) {
            throw new UsageException("--fix and --fix-dry-run exclude each other");
        }
        if (staged && changedSince != null) {
            throw new UsageException("--staged and --changed-since exclude each other");
        }
        if (staged && (fix || fixDryRun)) {
            throw new UsageException("--staged checks git's index, which --fix cannot write; fix the working tree without --staged");
        }
        if (baseline != null && updateBaseline != null
                && !baseline.toAbsolutePath().normalize().equals(updateBaseline.toAbsolutePath().normalize())) {
            throw new UsageException("--baseline and --update-baseline name different files; name one");
        }
    }

    /** Writes the baseline that {@code --update-baseline} names, brought up to date by this run. */
    private Baseline updatedBaseline(RunResult result, List<Path> checked, Path repository,
            Function<Finding, String> fileOf) throws IOException {
        Baseline previous = Files.exists(updateBaseline) ? Baseline.read(updateBaseline) : Baseline.of(List.of(), fileOf);
        Set<String> checkedFiles = new HashSet<>();
        checked.forEach(file -> checkedFiles.add(PageFiles.relative(repository, file)));
        Baseline updated = previous.updatedBy(Baseline.of(result.findings(), fileOf), checkedFiles,
                file -> Files.exists(repository.resolve(file)));
        OutputFile.write(updateBaseline, updated::write);
        spec.commandLine().getErr().println("contentlint: the baseline " + updateBaseline + " records "
                + updated.size() + " finding" + (updated.size() == 1 ? "" : "s"));
        return updated;
    }

    private PageSelection select(Config loaded, Path cwd, Path repository) {
        if (staged) {
            return PageSelection.staged(loaded, cwd, repository, paths);
        }
        if (changedSince != null) {
            return PageSelection.changedSince(loaded, cwd, repository, paths, changedSince);
        }
        return PageSelection.walk(loaded, repository, paths.isEmpty() ? List.of(cwd) : paths, spec.commandLine().getErr());
    }

    private void reportFixes(RunResult result, PrintWriter err) {
        int pages = 0;
        int fixes = 0;
        for (FixedPage page : result.fixed()) {
            if (page.refused()) {
                err.println("contentlint: " + page.path() + ": fixes not applied: " + page.refusal());
            } else if (page.fixesApplied() > 0) {
                pages++;
                fixes += page.fixesApplied();
            }
            for (String withheld : page.withheld()) {
                err.println("contentlint: " + page.path() + ": fix not applied: " + withheld);
            }
        }
        if (fix || fixDryRun) {
            err.println((fixDryRun ? "would apply " : "applied ") + fixes + " fix" + (fixes == 1 ? "" : "es")
                    + " to " + pages + " file" + (pages == 1 ? "" : "s"));
        }
    }

    int exitCode(RunResult result) {
        if (!result.internalErrors().isEmpty()) {
            return Main.ERROR;
        }
        boolean failed = switch (failOn) {
            case ERROR -> result.count(Severity.ERROR) > 0;
            case WARNING -> result.count(Severity.ERROR) + result.count(Severity.WARNING) > 0;
            case NEVER -> false;
        };
        if (maxWarnings >= 0 && result.count(Severity.WARNING) > maxWarnings) {
            failed = true;
        }
        return failed ? Main.FINDINGS : Main.OK;
    }

}
