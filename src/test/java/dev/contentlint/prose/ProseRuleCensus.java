package dev.contentlint.prose;

import dev.contentlint.bench.ProseTexts;
import dev.contentlint.config.Config;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.engine.PageFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Which LanguageTool rules fire on real pages, for the table in docs/prose.md:
 * {@code ProseRuleCensus ROOT PAGES SEED [CONFIG]}. On PAGES pages picked at random (with SEED) it
 * counts the matches of a plain LanguageTool, every default rule on, on the prose contentlint
 * gives it (markup left out), and prints the most frequent rules with an example of each; then
 * what the default profile reports on the same pages. Run by {@code bench/prose.sh --rules}.
 */
public final class ProseRuleCensus {
    private static final int TOP = 20;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int pages = Integer.parseInt(args[1]);
        Config config = ConfigLoader.load(args.length > 3 ? Path.of(args[3]) : null, root);
        List<Path> files = new ArrayList<>(PageFiles.collect(List.of(root), config.root(), config.pathFilter()));
        Collections.sort(files);
        Collections.shuffle(files, new Random(Long.parseLong(args[2])));
        Map<String, Path> texts = ProseTexts.of(files.subList(0, Math.min(pages, files.size())), config);

        JLanguageTool plain = new JLanguageTool(Languages.getLanguageForShortCode(config.prose().language()));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> examples = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        int total = 0;
        for (String text : texts.keySet()) {
            MarkdownProse.Annotated annotated = MarkdownProse.annotate(text);
            for (RuleMatch match : plain.check(annotated.text())) {
                if (!annotated.coversProse(match.getFromPos(), match.getToPos())) {
                    continue;
                }
                String id = match.getRule().getId();
                total++;
                counts.merge(id, 1, Integer::sum);
                categories.putIfAbsent(id, match.getRule().getCategory().getId().toString());
                examples.putIfAbsent(id, excerpt(text, match.getFromPos(), match.getToPos()));
            }
        }
        System.out.printf("%d pages, %d distinct texts; plain LanguageTool, every default rule: %d matches%n",
                Math.min(pages, files.size()), texts.size(), total);
        List<String> ids = byCount(counts);
        for (int i = 0; i < Math.min(TOP, ids.size()); i++) {
            String id = ids.get(i);
            System.out.printf("%2d  %-45s %5d  %s%n", i + 1, id + " (" + categories.get(id) + ")", counts.get(id), examples.get(id));
        }

        LanguageToolChecker checker = new LanguageToolChecker(config.prose());
        Map<String, Integer> reported = new HashMap<>();
        Set<String> misspelled = new TreeSet<>();
        int grammar = 0;
        int spelling = 0;
        Set<Path> grammarPages = new HashSet<>();
        Set<Path> spellingPages = new HashSet<>();
        for (Map.Entry<String, Path> text : texts.entrySet()) {
            for (ProseMatch match : checker.check(text.getKey())) {
                reported.merge(match.ruleId(), 1, Integer::sum);
                if (match.spelling()) {
                    misspelled.add(text.getKey().substring(match.from(), match.to()));
                    spelling++;
                    spellingPages.add(text.getValue());
                } else {
                    grammar++;
                    grammarPages.add(text.getValue());
                }
            }
        }
        System.out.printf("default profile: %d grammar findings on %d pages, %d spelling findings on %d pages%n",
                grammar, grammarPages.size(), spelling, spellingPages.size());
        StringBuilder line = new StringBuilder("  by rule:");
        byCount(reported).forEach(id -> line.append(' ').append(id).append(' ').append(reported.get(id)).append(','));
        System.out.println(line.substring(0, line.length() - 1));
        System.out.println("  words reported as misspelled: " + String.join(" ", misspelled));
    }

    /** The rule ids, most frequent first, then by name. */
    private static List<String> byCount(Map<String, Integer> counts) {
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    /** The flagged words in bold, with a little of the text around them. */
    private static String excerpt(String text, int from, int to) {
        int start = Math.max(0, from - 30);
        int end = Math.min(text.length(), to + 30);
        return ("…" + text.substring(start, from) + "**" + text.substring(from, to) + "**" + text.substring(to, end) + "…")
                .replace('\n', ' ');
    }
}
