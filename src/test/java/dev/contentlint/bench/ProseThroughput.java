package dev.contentlint.bench;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.PageFiles;
import dev.contentlint.parallel.Workers;
import dev.contentlint.prose.ProseCache;
import dev.contentlint.prose.ProseService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Prose throughput, in characters per second, of plain LanguageTool (a JLanguageTool with its
 * default rules, one thread) and of contentlint's prose checking with 1 and 2 jobs, on the
 * same texts in the same JVM. Run by bench/prose.sh:
 * {@code ProseThroughput ROOT PAGES [CONFIG]}. Each distinct prose text of the first PAGES pages
 * (sorted) is checked once by each; both first warm up on other pages.
 */
public final class ProseThroughput {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int pages = Integer.parseInt(args[1]);
        Config config = ConfigLoader.load(args.length > 2 ? Path.of(args[2]) : null, root);
        List<Path> files = PageFiles.collect(List.of(root), config.root(), config.pathFilter());
        List<String> warmup = texts(files.subList(files.size() - Math.min(60, files.size() / 4), files.size()), config);
        List<String> texts = texts(files.subList(0, Math.min(pages, files.size() * 3 / 4)), config);
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("texts: %d distinct prose texts, %,d characters, from %d pages%n", texts.size(), chars,
                Math.min(pages, files.size() * 3 / 4));

        JLanguageTool plain = new JLanguageTool(Languages.getLanguageForShortCode(config.prose().language()));
        for (String text : warmup) {
            plain.check(text);
        }
        long started = System.nanoTime();
        int plainMatches = 0;
        for (String text : texts) {
            plainMatches += plain.check(text).size();
        }
        double plainRate = rate(chars, started);
        System.out.printf("plain LanguageTool, 1 thread: %,.0f chars/s (%d matches)%n", plainRate, plainMatches);

        for (int jobs : new int[] {1, 2}) {
            ProseService service = new ProseService(config.prose(), ProseCache.inMemory("bench-" + jobs, "bench"));
            // Pages are scheduled on the workers as a check schedules them; each worker's
            // LanguageTool instance is made during the warm-up.
            Workers.map(warmup, jobs, service::matches);
            // Warm-up texts differ from the timed ones, so the run-wide cache gives nothing away.
            started = System.nanoTime();
            int matches = Workers.map(texts, jobs, service::matches).stream().mapToInt(List::size).sum();
            double rate = rate(chars, started);
            System.out.printf("contentlint, %d job%s: %,.0f chars/s (%d matches), %.1fx plain%n", jobs,
                    jobs == 1 ? "" : "s", rate, matches, rate / plainRate);
        }
    }

    private static double rate(long chars, long started) {
        return chars / ((System.nanoTime() - started) / 1e9);
    }

    /** The distinct prose texts of the pages, in page order. */
    private static List<String> texts(List<Path> files, Config config) {
        return new ArrayList<>(ProseTexts.of(files, config).keySet());
    }
}
