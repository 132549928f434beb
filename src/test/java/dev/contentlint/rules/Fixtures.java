package dev.contentlint.rules;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.RunResult;
import dev.contentlint.prose.ProseService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-rule fixture pages under {@code fixtures/<rule-id>/}: each page {@code X.md} has an
 * {@code X.expected} beside it, one {@code LINE:COLUMN RULE-ID} a line, sorted; empty for a
 * good page. Shared by {@link FixtureTest} and {@link RuleCatalogTest}.
 */
final class Fixtures {
    /** Surefire runs tests with the project folder as the working directory. */
    static final Path BASE = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    static final Path ROOT = BASE.resolve("fixtures");
    static final Path DOCS = BASE.resolve("docs").resolve("rules");

    /** Expected lines sort by line, then column (as numbers), then rule id. */
    static final Comparator<String> ORDER = Comparator
            .comparingInt((String s) -> part(s, 0))
            .thenComparingInt(s -> part(s, 1))
            .thenComparing(s -> s.substring(s.indexOf(' ') + 1));

    private static Config defaults;

    private Fixtures() {}

    /** Every fixture page, sorted; README files describe the fixtures and are not pages. */
    static List<Path> pages() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule id a page is a fixture of: the name of its top folder under fixtures/. */
    static String ruleOf(Path page) {
        return ROOT.relativize(page).getName(0).toString();
    }

    static String name(Path page) {
        return ROOT.relativize(page).toString().replace('\\', '/');
    }

    static Path expectedFile(Path page) {
        String file = page.getFileName().toString();
        return page.resolveSibling(file.substring(0, file.length() - ".md".length()) + ".expected");
    }

    /** The expected findings of a page; a missing .expected file fails with its path. */
    static List<String> expected(Path page) {
        Path file = expectedFile(page);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("fixture " + name(page) + " has no " + file.getFileName() + " beside it");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixtures' own configuration, {@code fixtures/.contentlint.yaml}: the built-in default
     * profile plus a small project vocabulary. It is named explicitly, so that no
     * {@code .contentlint.yaml} found above the fixtures can change what they are checked with.
     */
    static synchronized Config defaultConfig() {
        if (defaults == null) {
            defaults = ConfigLoader.load(ROOT.resolve(ConfigLoader.FILE_NAME), ROOT);
        }
        return defaults;
    }

    /**
     * The engine's run on one fixture page with the default configuration, fixes shown; each
     * rule's folder is a repository of its own for the rules that span pages. Without
     * {@code prose} (null) the LanguageTool rules are left out.
     */
    static RunResult check(Path page, ProseService prose) {
        Path folder = ROOT.resolve(ruleOf(page));
        Config config = folderConfig(folder);
        Engine engine = new Engine(config, 1, BASE, FixMode.NONE, true).withProse(prose);
        engine.withIndex(engine.index(PageFiles.collect(List.of(folder), ROOT, config.pathFilter())));
        return engine.check(List.of(page));
    }

    private static final java.util.Map<Path, Config> FOLDER_CONFIGS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A rule folder's own configuration: the fixtures' one, plus, for the site audit's rules,
     * which the default profile leaves off, that folder's rule turned on.
     */
    static Config folderConfig(Path folder) {
        Path file = folder.resolve(ConfigLoader.FILE_NAME);
        return FOLDER_CONFIGS.computeIfAbsent(folder, f -> java.nio.file.Files.isRegularFile(file)
                ? ConfigLoader.load(file, ROOT) : defaultConfig());
    }

    private static int part(String line, int index) {
        String position = line.split(" ", 2)[0];
        String[] parts = position.split(":");
        try {
            return Integer.parseInt(parts[index]);
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE; // a malformed line sorts last and shows up in the diff
        }
    }
}
