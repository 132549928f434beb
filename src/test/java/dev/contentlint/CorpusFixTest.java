package dev.contentlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.cli.Cli;
import dev.contentlint.fix.FixTesting;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --no-prose --fix} over the whole real corpus (../shared/corpus), unpacked twice
 * into a fresh folder so that every page can be compared with its original:
 * <ul>
 *   <li>every fixed page parses without problems, with the product's parser and with
 *       snakeyaml-engine alone;</li>
 *   <li>every field keeps its value, except {@code answer}, which must be the original with
 *       each escape that {@code NewlineEscapes.find} names turned into a line break (and its
 *       lines' trailing spaces as {@link FixTesting#expectedFixedValue} says), and
 *       {@code seo.page_keywords}, which keywords-format's safe fix may rewrite, but only into
 *       the clean list of the same keywords (checked here independently);</li>
 *   <li>outside those two values no byte changes, the body and a missing final newline included;</li>
 *   <li>a second check reports no escaped-newline finding, and every finding it reports the
 *       pages had before (by path, rule, field and excerpt): a safe fix adds none;</li>
 *   <li>a second {@code --fix} changes no byte of any file.</li>
 * </ul>
 * The corpus facts used (598,680 backslash-n pairs in answers, of which 362 are LaTeX or code
 * and stay) are those {@link CorpusTest} states from an independent analysis.
 */
class CorpusFixTest {
    private static final Path TARBALL = Path.of("../shared/corpus/quicktakes-content-learn.tar.xz");
    private static final String ANSWER = "answer";
    private static final String KEYWORDS = "seo.page_keywords";
    private static final Pattern APPLIED = Pattern.compile("applied (\\d+) fix(?:es)? to (\\d+) files?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @TempDir
    Path dir;

    @Test
    void fixingTheCorpusChangesOnlyTheAnswersLineBreaksAndIsIdempotent() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TARBALL),
                "the real corpus is not at ../shared/corpus/quicktakes-content-learn.tar.xz; skipping CorpusFixTest");
        long testStart = System.nanoTime();
        Path original = Files.createDirectories(dir.resolve("original"));
        Path fixed = Files.createDirectories(dir.resolve("fixed"));
        long t = System.nanoTime();
        Process first = unpack(original);
        Process second = unpack(fixed);
        assertEquals(0, first.waitFor(), "unpacking the corpus");
        assertEquals(0, second.waitFor(), "unpacking the corpus");
        long unpackMillis = millisSince(t);
        Path config = fixed.resolve(".contentlint.yaml");
        Files.writeString(config, "extends: default\n");

        List<String> pages = pages(original);
        assertEquals(pages, pages(fixed));
        assertTrue(pages.size() > 30_000, "pages: " + pages.size());

        // The findings before, to compare with those after.
        Path beforeJson = dir.resolve("before.json");
        Cli.Run initial = Cli.run("check", "--no-prose", "--format", "json", "--output", beforeJson.toString(), "--config",
                config.toString(), fixed.toString());
        assertTrue(initial.code() == 0 || initial.code() == 1, initial::toString);

        // The fix run itself.
        t = System.nanoTime();
        Cli.Run fix = Cli.run("check", "--no-prose", "--fix", "--config", config.toString(), fixed.toString());
        long fixMillis = millisSince(t);
        assertTrue(fix.code() == 0 || fix.code() == 1, () -> "exit " + fix.code() + "\n" + fix.err());
        assertFalse(fix.err().contains("internal error"), fix.err());
        // No page refused, and no safe fix withheld for a finding it would add.
        assertFalse(fix.err().contains("not applied"), () -> "refusals:\n" + fix.err().lines()
                .filter(l -> l.contains("not applied")).limit(20).reduce("", (a, b) -> a + b + "\n"));
        Matcher applied = APPLIED.matcher(fix.err());
        assertTrue(applied.find(), fix.err());
        long fixesApplied = Long.parseLong(applied.group(1));
        long filesFixed = Long.parseLong(applied.group(2));

        // Every page against its original.
        t = System.nanoTime();
        Verification v = new Verification();
        Map<String, byte[]> hashes = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            try {
                byte[] before = Files.readAllBytes(original.resolve(page));
                byte[] after = Files.readAllBytes(fixed.resolve(page));
                hashes.put(page, sha256(after));
                v.check(page, before, after);
            } catch (IOException e) {
                v.fail(page, "cannot read: " + e);
            }
        });
        long verifyMillis = millisSince(t);
        assertTrue(v.failures.isEmpty(), () -> v.failures.size() + " page(s) fixed wrongly; the first:\n"
                + String.join("\n\n", v.failures.subList(0, Math.min(5, v.failures.size()))));
        assertEquals(filesFixed, v.changedPages.get(), "pages whose bytes changed, against the fixer's count");
        assertEquals(598_680 - 322 - 40, v.escapesTurned.get(), "escapes turned into line breaks");
        assertEquals(322 + 40, v.pairsLeft.get(), "backslash-n pairs left in answers (LaTeX and code)");

        // A second check: nothing for escaped-newline to report.
        t = System.nanoTime();
        Path afterJson = dir.resolve("after.json");
        Cli.Run check = Cli.run("check", "--no-prose", "--format", "json", "--output", afterJson.toString(), "--config",
                config.toString(), fixed.toString());
        long checkMillis = millisSince(t);
        assertFalse(check.err().contains("internal error"), check.err());
        Map<List<String>, Integer> had = findingKeys(beforeJson);
        Map<List<String>, Integer> left = findingKeys(afterJson);
        long escapedNewline = left.entrySet().stream().filter(e -> e.getKey().get(1).equals("escaped-newline"))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(0, escapedNewline, "escaped-newline findings after --fix");
        long trailingAfter = left.entrySet().stream().filter(e -> e.getKey().get(1).equals("trailing-whitespace"))
                .mapToLong(Map.Entry::getValue).sum();
        // The findings after are a subset of those before: a safe fix adds none. Where a fix
        // rewrote a field, its findings quote the new text (keywords-format's "too many
        // keywords"): one whose excerpt is new counts as added only when the field now has
        // more findings of its rule than before.
        Map<List<String>, Integer> hadByField = byField(had);
        Map<List<String>, Integer> leftByField = byField(left);
        List<String> added = new ArrayList<>();
        long excerptChanged = 0;
        for (Map.Entry<List<String>, Integer> e : left.entrySet()) {
            int extra = e.getValue() - had.getOrDefault(e.getKey(), 0);
            if (extra <= 0) {
                continue;
            }
            List<String> field = e.getKey().subList(0, 3);
            if (leftByField.get(field) > hadByField.getOrDefault(field, 0)) {
                added.add(e.getKey() + " x" + extra);
            } else {
                excerptChanged += extra;
            }
        }
        assertEquals(List.of(), added.subList(0, Math.min(20, added.size())),
                added.size() + " finding(s) after --fix that the pages did not have");
        long findingsBefore = had.values().stream().mapToLong(Integer::longValue).sum();
        long findingsAfter = left.values().stream().mapToLong(Integer::longValue).sum();

        // A second --fix: no byte of any file changes.
        t = System.nanoTime();
        Cli.Run again = Cli.run("check", "--no-prose", "--fix", "--config", config.toString(), fixed.toString());
        long againMillis = millisSince(t);
        assertTrue(again.err().contains("applied 0 fixes to 0 files"), again.err());
        List<String> changed = Collections.synchronizedList(new ArrayList<>());
        pages.parallelStream().forEach(page -> {
            try {
                if (!Arrays.equals(hashes.get(page), sha256(Files.readAllBytes(fixed.resolve(page))))) {
                    changed.add(page);
                }
            } catch (IOException e) {
                changed.add(page + " (" + e + ")");
            }
        });
        assertEquals(List.of(), changed, "files the second --fix changed");
        try (Stream<Path> all = Files.walk(fixed)) {
            assertEquals(pages.size() + 1, all.filter(Files::isRegularFile).count(),
                    "files in the fixed tree (pages and the configuration): a temporary file was left or one was lost");
        }

        System.out.printf(Locale.ROOT, "CorpusFixTest: %,d pages; --fix applied %,d fixes to %,d files in %,d ms "
                        + "(in-process, %d cores)%n", pages.size(), fixesApplied, filesFixed, fixMillis,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "CorpusFixTest: %,d pages changed (%,d answers, %,d keyword lists rewritten by "
                        + "keywords-format); %,d escapes turned into line breaks, %,d backslash-n pairs kept (LaTeX/code); "
                        + "%,d field values compared with the product parser and %,d with snakeyaml-engine%n",
                v.changedPages.get(), v.answersChanged.get(), v.keywordsChanged.get(), v.escapesTurned.get(),
                v.pairsLeft.get(), v.fieldsCompared.get(), v.independentCompared.get());
        System.out.printf(Locale.ROOT, "CorpusFixTest: %,d findings before --fix, %,d after, all among those before "
                + "(by path, rule, field and excerpt; %,d in a rewritten field by path, rule and field): 0 escaped-newline "
                + "and %,d trailing-whitespace%n", findingsBefore, findingsAfter, excerptChanged, trailingAfter);
        System.out.printf(Locale.ROOT, "CorpusFixTest: unpack x2 %,d ms, --fix %,d ms, verify %,d ms, check %,d ms, "
                        + "second --fix %,d ms, total %,d ms%n", unpackMillis, fixMillis, verifyMillis, checkMillis,
                againMillis, millisSince(testStart));
    }

    /** Checks of one page against its original; thread-safe counters and failures. */
    private static final class Verification {
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong changedPages = new AtomicLong();
        final AtomicLong answersChanged = new AtomicLong();
        final AtomicLong keywordsChanged = new AtomicLong();
        final AtomicLong escapesTurned = new AtomicLong();
        final AtomicLong pairsLeft = new AtomicLong();
        final AtomicLong fieldsCompared = new AtomicLong();
        final AtomicLong independentCompared = new AtomicLong();

        void fail(String page, String message) {
            failures.add(page + ": " + message);
        }

        void check(String path, byte[] beforeBytes, byte[] afterBytes) {
            boolean changed = !Arrays.equals(beforeBytes, afterBytes);
            if (changed) {
                changedPages.incrementAndGet();
            }
            String beforeText = new String(beforeBytes, StandardCharsets.UTF_8);
            String afterText = new String(afterBytes, StandardCharsets.UTF_8);
            Page before = Page.parse(Path.of(path), path, beforeText);
            Page after = changed ? Page.parse(Path.of(path), path, afterText) : before;
            if (after.frontMatterState() != Page.FrontMatterState.VALID || !after.frontMatterProblems().isEmpty()) {
                fail(path, "does not parse after the fix: " + after.frontMatterProblems());
                return;
            }
            String answer = FixTesting.value(before, ANSWER);
            String expectedAnswer = answer == null ? null : FixTesting.expectedFix(answer);
            String fixedAnswer = answer == null ? null : FixTesting.expectedFixedValue(answer);
            if (answer != null) {
                escapesTurned.addAndGet(answer.length() - expectedAnswer.length());
                pairsLeft.addAndGet(count(expectedAnswer, "\\n"));
            }
            if (!changed) {
                fieldsCompared.addAndGet(FixTesting.fields(before).size());
                if (answer != null && !answer.equals(expectedAnswer)) {
                    fail(path, "unchanged, but its answer has escapes");
                }
                return;
            }
            // The product's parser: every field but the two that fixes may change, and those two.
            Map<String, String> old = FixTesting.fields(before);
            Map<String, String> now = FixTesting.fields(after);
            if (!old.keySet().equals(now.keySet())) {
                fail(path, "fields differ: " + old.keySet() + " -> " + now.keySet());
                return;
            }
            String keywords = FixTesting.value(before, KEYWORDS);
            for (Map.Entry<String, String> e : old.entrySet()) {
                String field = e.getKey();
                String value = now.get(field);
                fieldsCompared.incrementAndGet();
                if (field.equals(ANSWER)) {
                    if (!("STRING:" + fixedAnswer).equals(value)) {
                        fail(path, "answer is not the original with line breaks for escapes:\n expected "
                                + FixTesting.visible(fixedAnswer) + "\n got " + FixTesting.visible(value));
                    } else if (!expectedAnswer.equals(answer)) {
                        answersChanged.incrementAndGet();
                    }
                } else if (field.equals(KEYWORDS) && !e.getValue().equals(value)) {
                    String clean = cleanKeywords(keywords);
                    if (!("STRING:" + clean).equals(value)) {
                        fail(path, "keywords rewritten into something else than the clean list:\n before " + keywords
                                + "\n clean  " + clean + "\n after  " + value);
                    }
                    keywordsChanged.incrementAndGet();
                } else if (!e.getValue().equals(value)) {
                    fail(path, "field '" + field + "' changed: " + e.getValue() + " -> " + value);
                }
            }
            // snakeyaml-engine alone, with its own splitter: the same values.
            Map<String, String> oldIndependent = FixTesting.snakeyamlFields(FixTesting.snakeyaml(beforeText));
            Map<String, String> nowIndependent;
            try {
                nowIndependent = FixTesting.snakeyamlFields(FixTesting.snakeyaml(afterText));
            } catch (RuntimeException e) {
                fail(path, "snakeyaml-engine cannot read the fixed page: " + e);
                return;
            }
            for (Map.Entry<String, String> e : oldIndependent.entrySet()) {
                independentCompared.incrementAndGet();
                String value = nowIndependent.get(e.getKey());
                boolean expected = e.getKey().equals(ANSWER) ? ("String:" + fixedAnswer).equals(value)
                        : e.getKey().equals(KEYWORDS) ? e.getValue().equals(value)
                                || ("String:" + cleanKeywords(keywords)).equals(value)
                        : e.getValue().equals(value);
                if (!expected) {
                    fail(path, "snakeyaml-engine reads '" + e.getKey() + "' as " + value + ", was " + e.getValue());
                }
            }
            if (!nowIndependent.keySet().equals(oldIndependent.keySet())) {
                fail(path, "snakeyaml-engine reads other fields: " + nowIndependent.keySet());
            }
            // No byte outside the two values' regions changes: the body and final newline included.
            String outsideBefore = outside(before, Set.of(ANSWER, KEYWORDS));
            String outsideAfter = outside(after, Set.of(ANSWER, KEYWORDS));
            if (!outsideBefore.equals(outsideAfter)) {
                fail(path, "bytes outside the fixed values changed");
            }
            if (!before.body().equals(after.body())) {
                fail(path, "the body changed");
            }
        }
    }

    /** The findings of a JSON report, counted by path, rule, field and excerpt (not position, which a fix moves). */
    private static Map<List<String>, Integer> findingKeys(Path json) throws IOException {
        Map<List<String>, Integer> keys = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode f : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).get("findings")) {
            keys.merge(Arrays.asList(f.get("path").asText(), f.get("ruleId").asText(),
                    f.get("field").isNull() ? null : f.get("field").asText(), f.get("excerpt").asText()), 1, Integer::sum);
        }
        return keys;
    }

    /** The counts by path, rule and field alone. */
    private static Map<List<String>, Integer> byField(Map<List<String>, Integer> keys) {
        Map<List<String>, Integer> out = new java.util.HashMap<>();
        keys.forEach((key, n) -> out.merge(key.subList(0, 3), n, Integer::sum));
        return out;
    }

    /** What keywords-format's fix gives: trimmed keywords joined by ", ", without empty ones or repeats. */
    static String cleanKeywords(String value) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String raw : value.split(",", -1)) {
            String keyword = raw.strip();
            if (!keyword.isEmpty() && seen.add(String.join(" ", WHITESPACE.split(keyword.toLowerCase(Locale.ROOT))))) {
                kept.add(keyword);
            }
        }
        return String.join(", ", kept);
    }

    /**
     * The page's text without the source of the named fields' values: each cut runs from the
     * value's first character to the start of the line of the next key in the front matter (or
     * of the closing fence).
     */
    static String outside(Page page, Set<String> fields) {
        FrontMatter fm = page.frontMatter();
        List<Integer> keyStarts = new ArrayList<>();
        collectKeys(fm.root(), keyStarts);
        keyStarts.add(fm.yaml().end());
        Collections.sort(keyStarts);
        TreeMap<Integer, Integer> cuts = new TreeMap<>();
        for (String field : fields) {
            fm.get(field).ifPresent(node -> {
                int start = node.range().start();
                int next = keyStarts.stream().filter(k -> k > start).findFirst().orElse(fm.yaml().end());
                int lineStart = page.text().lastIndexOf('\n', next - 1) + 1;
                cuts.put(start, Math.max(start, lineStart));
            });
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Map.Entry<Integer, Integer> cut : cuts.entrySet()) {
            out.append(page.text(), at, cut.getKey()).append('\u0000');
            at = cut.getValue();
        }
        return out.append(page.text(), at, page.text().length()).toString();
    }

    private static void collectKeys(YamlNode node, List<Integer> out) {
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry e : mapping.entries()) {
                out.add(e.key().range().start());
                collectKeys(e.value(), out);
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Process unpack(Path into) throws IOException {
        return new ProcessBuilder("tar", "-xJf", TARBALL.toAbsolutePath().toString(), "-C", into.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Every page file under {@code root}, relative and sorted. */
    private static List<String> pages(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
