package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.engine.UsageException;
import dev.contentlint.rules.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Shows a rule's documentation.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "The rule to explain")
    String id;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Config loaded = config.load(Path.of("").toAbsolutePath());
        RuleMeta meta = loaded.known().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("unknown rule '" + id + "' (run 'contentlint rules' for the list)"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(meta.explanation());
        return Main.OK;
    }
}
