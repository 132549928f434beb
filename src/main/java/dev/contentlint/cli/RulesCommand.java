package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.rules.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its severity in the current configuration, and whether --fix repairs it"
                + " ('fixable') or only --fix --unsafe-fixes does ('fixable (unsafe)').")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Config loaded = config.load(Path.of("").toAbsolutePath());
        Map<String, ConfiguredRule> enabled = loaded.rules().stream()
                .collect(Collectors.toMap(ConfiguredRule::id, Function.identity()));
        int width = loaded.known().stream().mapToInt(m -> m.id().length()).max().orElse(10);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleMeta meta : loaded.known()) {
            ConfiguredRule rule = enabled.get(meta.id());
            String severity = rule == null ? "off" : rule.severity().label();
            out.printf("%-" + width + "s  %-7s  %-16s  %s%n", meta.id(), severity, meta.fixability().label(),
                    meta.summary());
        }
        return Main.OK;
    }
}
