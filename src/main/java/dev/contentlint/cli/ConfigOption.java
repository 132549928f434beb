package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --config option of every command that reads a configuration, and the loading it implies. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest .contentlint.yaml)")
    Path config;

    /** The configuration named by --config, else the nearest one found walking up from {@code start}. */
    Config load(Path start) {
        return ConfigLoader.load(config, start);
    }
}
