package dev.contentlint.cli;

import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a starter .contentlint.yaml in the current folder.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing configuration file")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path target = Path.of(ConfigLoader.FILE_NAME).toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new UsageException(target + " already exists (use --force to overwrite it)");
        }
        try (InputStream in = InitCommand.class.getResourceAsStream("/contentlint/starter.yaml")) {
            String starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            OutputFile.write(target, writer -> writer.write(starter));
        }
        spec.commandLine().getOut().println("wrote " + target);
        return Main.OK;
    }
}
