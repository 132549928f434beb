package dev.contentlint.cli;

import dev.contentlint.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder whose pages the rules that span pages know: the configuration file's folder, else the git root. */
final class RepositoryRoot {
    private RepositoryRoot() {}

    static Path of(Config config, Path workingDirectory) {
        if (config.file() != null) {
            return config.root();
        }
        for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return workingDirectory.toAbsolutePath().normalize();
    }
}
