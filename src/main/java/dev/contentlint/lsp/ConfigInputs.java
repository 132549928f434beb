package dev.contentlint.lsp;

import dev.contentlint.config.Config;
import dev.contentlint.io.GuardedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files a configuration was read from: the configuration file, the profiles it extends
 * from files, and the vocabulary files they name. A change of any of them reloads the
 * configuration; the first vocabulary file is where "add to the vocabulary" writes.
 */
final class ConfigInputs {
    private static final long MAX_BYTES = 1 << 20;

    private ConfigInputs() {}

    /** In the order read: configuration files first, each followed by its vocabulary. */
    static Set<Path> of(Config config) {
        Set<Path> inputs = new LinkedHashSet<>();
        if (config.file() != null) {
            collect(config.file().toAbsolutePath().normalize(), inputs);
        }
        return inputs;
    }

    /** The vocabulary file that new words go to, or null when the configuration names none. */
    static Path vocabulary(Set<Path> inputs) {
        return inputs.stream().filter(p -> !p.getFileName().toString().endsWith(".yaml")
                && !p.getFileName().toString().endsWith(".yml")).findFirst().orElse(null);
    }

    private static void collect(Path file, Set<Path> inputs) {
        if (!inputs.add(file)) {
            return;
        }
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(GuardedReader.readUtf8(file, MAX_BYTES));
        } catch (GuardedReader.RefusedException | RuntimeException e) {
            return; // the loader reports what is wrong with it
        }
        if (!(root instanceof Map<?, ?> settings)) {
            return;
        }
        if (settings.get("prose") instanceof Map<?, ?> prose && prose.get("vocabulary") instanceof String vocabulary) {
            inputs.add(file.resolveSibling(vocabulary).normalize());
        }
        Object extended = settings.get("extends");
        for (Object name : extended instanceof List<?> list ? list : extended == null ? List.of() : List.of(extended)) {
            if (name instanceof String profile && (profile.endsWith(".yaml") || profile.endsWith(".yml"))) {
                Path other = file.resolveSibling(profile).normalize();
                if (Files.isRegularFile(other)) {
                    collect(other, inputs);
                }
            }
        }
    }
}
