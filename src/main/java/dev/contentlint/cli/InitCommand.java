package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.PathFilter;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.engine.UsageException;
import dev.contentlint.init.InferredProfile;
import dev.contentlint.init.PageFacts;
import dev.contentlint.page.PageReader;
import dev.contentlint.parallel.Workers;
import dev.contentlint.prose.SiteWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a .contentlint.yaml in FOLDER (default: the current folder), inferred from the pages under it: the"
                + " fields (nearly) every page has, with their types; the layout relating paths to a url or slug field;"
                + " the title, description and id fields; how links name pages; the Markdown dialect; and the site's"
                + " vocabulary (.vocabulary.txt). Review what it writes. Without pages it writes a starter file."})
final class InitCommand implements Callable<Integer> {
    private static final String VOCABULARY = ".vocabulary.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing configuration file")
    boolean force;

    @Option(names = "--no-vocabulary",
            description = "Do not write the site's vocabulary (the slow part: it reads every page's prose)")
    boolean noVocabulary;

    @Mixin
    JobsOption jobs;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The site's root folder (default: the current folder)")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Path cwd = (folder == null ? Path.of("") : folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(cwd)) {
            throw new UsageException(cwd + " is not a folder");
        }
        Path target = cwd.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target) && !force) {
            throw new UsageException(target + " already exists (use --force to overwrite it)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = PageFiles.collect(List.of(cwd), cwd, new PathFilter(List.of("**/*.md"),
                List.of("**/node_modules/**", "**/README.md", "**/CHANGELOG.md")));
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        List<PageFacts> pages = Workers.map(files, jobs.workers(), file -> {
            PageReader.Result read = reader.read(file, file.toString());
            return read.page() == null ? null : PageFacts.of(PageFiles.relative(cwd, file), read.page());
        }).stream().filter(Objects::nonNull).toList();
        Set<String> inferredFrom = pages.stream().filter(PageFacts::hasFrontMatter).map(PageFacts::path)
                .collect(Collectors.toSet());
        List<Path> withFrontMatter = files.stream().filter(file -> inferredFrom.contains(PageFiles.relative(cwd, file)))
                .toList();
        boolean vocabulary = !noVocabulary;
        if (withFrontMatter.isEmpty()) {
            try (InputStream in = InitCommand.class.getResourceAsStream("/contentlint/starter.yaml")) {
                String starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                OutputFile.write(target, writer -> writer.write(starter));
            }
            out.println("wrote " + target + " (a starter: no page with front matter was found to infer from)");
            return Main.OK;
        }
        Path redirects = redirectsFile(cwd);
        String profile = InferredProfile.infer(pages, redirects == null ? null : PageFiles.relative(cwd, redirects),
                redirects == null ? null : redirectsFormat(redirects), vocabulary ? VOCABULARY : null);
        OutputFile.write(target, writer -> writer.write(profile));
        if (vocabulary) {
            Path words = cwd.resolve(VOCABULARY);
            OutputFile.write(words, writer -> writer.write(""));
            Config inferred = ConfigLoader.load(target, cwd);
            List<SiteWords.Word> listed = VocabularyCommand.siteWords(inferred, withFrontMatter, jobs.workers(), 3, cwd,
                    spec.commandLine().getErr(), true);
            OutputFile.write(words,
                    writer -> writer.write(VocabularyCommand.listing(listed, 3, withFrontMatter.size(), "contentlint init")));
            out.println("wrote " + words + " (" + listed.size() + " words)");
        }
        ConfigLoader.load(target, cwd); // what init writes always loads
        out.println("wrote " + target + ", inferred from " + withFrontMatter.size() + " pages: review it");
        return Main.OK;
    }

    /** A redirects file of the site, such as MDN's files/en-us/_redirects.txt or Netlify's _redirects; null when none. */
    private static Path redirectsFile(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root, 4)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("_redirects") && Files.isRegularFile(p))
                    .sorted().findFirst().orElse(null);
        }
    }

    /** tab-separated when the first redirect line has a tab, else whitespace-separated. */
    private static String redirectsFormat(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                    .filter(l -> l.contains("\t")).map(l -> "tab-separated").orElse("whitespace-separated");
        }
    }
}
