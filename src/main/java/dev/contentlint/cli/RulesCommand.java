package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.rules.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its severity in the current configuration.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest .contentlint.yaml)")
    Path config;

    @Override
    public Integer call() {
        Config loaded = ConfigLoader.load(config, Path.of("").toAbsolutePath());
        Map<String, ConfiguredRule> enabled = loaded.rules().stream()
                .collect(Collectors.toMap(ConfiguredRule::id, Function.identity()));
        int width = loaded.known().stream().mapToInt(m -> m.id().length()).max().orElse(10);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleMeta meta : loaded.known()) {
            ConfiguredRule rule = enabled.get(meta.id());
            String severity = rule == null ? "off" : rule.severity().label();
            out.printf("%-" + width + "s  %-7s  %-7s  %s%n", meta.id(), severity, meta.fixable() ? "fixable" : "",
                    meta.summary());
        }
        return Main.OK;
    }
}
