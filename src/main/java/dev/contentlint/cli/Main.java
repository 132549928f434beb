package dev.contentlint.cli;

import dev.contentlint.config.ConfigException;
import dev.contentlint.engine.UsageException;
import dev.contentlint.git.GitException;
import dev.contentlint.prose.ProseSetupException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code contentlint} command. Exit codes: 0 clean, 1 findings at the threshold, 2 errors. */
@Command(name = "contentlint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks Markdown pages with YAML front matter for content-quality problems.",
        subcommands = {CheckCommand.class, AuditCommand.class, MergeCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class,
            VocabularyCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    public static void main(String[] args) {
        // UTF-8 whatever the locale, and one large buffer: a corpus run prints 600,000 lines.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams; used by tests as well as {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("contentlint: " + usageError(e));
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException config) {
                err.println("contentlint: configuration error: " + config.describe());
            } else if (e instanceof UsageException usage) {
                err.println("contentlint: " + usage.getMessage());
            } else if (e instanceof GitException git) {
                err.println("contentlint: " + git.getMessage());
            } else if (e instanceof ProseSetupException prose) {
                err.println("contentlint: configuration error: " + prose.getMessage());
            } else {
                err.println("contentlint: internal error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("contentlint: internal error: out of memory; give the JVM more with JAVA_OPTS=-Xmx...");
            code = ERROR;
        } catch (Error e) {
            err.println("contentlint: internal error: " + e);
            e.printStackTrace(err);
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * One line for a bad command line, instead of picocli's whole help: a bad value of an option
     * that takes one of a few names lists those names.
     */
    static String usageError(CommandLine.ParameterException e) {
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        if (arg instanceof CommandLine.Model.OptionSpec option && option.type().isEnum() && e.getValue() != null) {
            String valid = Arrays.stream(option.type().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return "invalid " + option.longestName() + " '" + e.getValue() + "': valid values are " + valid;
        }
        return e.getMessage();
    }

    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"contentlint " + version()};
        }
    }
}
