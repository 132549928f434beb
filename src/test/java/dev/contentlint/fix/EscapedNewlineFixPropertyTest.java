package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.FixMode;
import dev.contentlint.engine.FixedPage;
import dev.contentlint.engine.RunResult;
import dev.contentlint.page.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of the escaped-newline fix through the real engine and {@code --fix} mode:
 * generated values with escapes, LaTeX, C code, '#', '---', quotes, tabs, edge spaces, blank
 * lines and non-ASCII text are written as folded, plain, single-quoted, literal and multi-line
 * folded scalars, at the top level and nested in a mapping, in LF, CRLF and BOM pages. After
 * the fix every page must parse (with the product's parser and with snakeyaml-engine alone),
 * the field must hold exactly the old value with each escape turned into a line break (and the
 * spaces before such a break handled as {@link FixTesting#expectedFixedValue} says), every
 * other field and the body must be unchanged, only the scalar's bytes may differ, and a
 * second run must change nothing and report no escaped-newline finding.
 *
 * <p>Seeded: {@code -Dcontentlint.fix.seed=N} and {@code -Dcontentlint.fix.cases=N} replay or
 * widen a run; every failure names its case seed.
 */
class EscapedNewlineFixPropertyTest {
    private static final long SEED = Long.getLong("contentlint.fix.seed", 0x5EED_F1A5L);
    private static final int CASES = Integer.getInteger("contentlint.fix.cases", 600);
    /** {@code -Dcontentlint.fix.show=N} prints the first N cases before and after the fix. */
    private static final int SHOW = Integer.getInteger("contentlint.fix.show", 0);

    /** How the generated value is written in the page. */
    enum Style { FOLDED, PLAIN, SINGLE_QUOTED, LITERAL, FOLDED_LINES }

    /** One generated page and what it must hold after the fix. */
    record Case(int index, long seed, Style style, boolean nested, boolean crlf, boolean bom, String path,
            String raw, String expected, String text, String head, String tail) {
        String describe() {
            return "case " + index + " (seed " + seed + ", base seed " + SEED + "): " + style
                    + (nested ? " nested" : "") + (crlf ? " CRLF" : "") + (bom ? " BOM" : "") + " at '" + path + "'";
        }
    }

    @TempDir
    Path dir;

    /** Outside the checked folder: where the dry-run diff is applied. */
    @TempDir
    Path scratch;

    @Test
    void fixedValuesAreTheOldValuesWithLineBreaksAndNothingElseChanges() throws IOException {
        Path config = dir.resolve("contentlint.yaml");
        Files.writeString(config, "extends: default\n");
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<Case> cases = new ArrayList<>();
        Map<String, Case> byFile = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i * 0x9E3779B97F4A7C15L;
            Case c = generate(i, seed);
            cases.add(c);
            String name = String.format("case-%04d.md", i);
            byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
            Files.write(pages.resolve(name), c.bom() ? withBom(bytes) : bytes);
            byFile.put("pages/" + name, c);
        }
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            checkGenerated(c, failures);
        }
        assertTrue(failures.isEmpty(), () -> report("the generator wrote values that do not read back as meant", failures));

        // The dry run first: it must write nothing, and its diff, applied by git to a copy,
        // must give the bytes that --fix writes (checked after the fix below).
        Map<String, byte[]> originals = new HashMap<>();
        for (String name : byFile.keySet()) {
            originals.put(name, Files.readAllBytes(dir.resolve(name)));
        }
        RunResult dry = FixTesting.run(config, dir, FixMode.of(false, true, false));
        for (String name : byFile.keySet()) {
            if (!Arrays.equals(originals.get(name), Files.readAllBytes(dir.resolve(name)))) {
                failures.add(byFile.get(name).describe() + ": the dry run wrote the file");
            }
        }
        Path applied = Files.createDirectories(scratch.resolve("applied"));
        StringBuilder patch = new StringBuilder();
        int patched = 0;
        for (FixedPage page : dry.fixed()) {
            Path copy = applied.resolve(page.path());
            Files.createDirectories(copy.getParent());
            Files.write(copy, originals.get(page.path()));
            // A BOM page's diff does not apply (see FixModeTest#dryRunDiffOfABomPageAppliesWithGit).
            if (page.diff() != null && !byFile.get(page.path()).bom()) {
                patch.append(page.diff());
                patched++;
            }
        }
        Files.writeString(scratch.resolve("dry-run.patch"), patch, StandardCharsets.UTF_8);
        boolean gitApplied = gitApply(applied, scratch.resolve("dry-run.patch"), failures);
        assertTrue(failures.isEmpty(), () -> report("the dry run", failures));

        long started = System.nanoTime();
        RunResult first = FixTesting.run(config, dir, FixTesting.fixMode());
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of(), first.internalErrors());
        Map<String, FixedPage> fixed = first.fixed().stream().collect(Collectors.toMap(FixedPage::path, f -> f));
        Map<String, byte[]> afterFirst = new HashMap<>();
        for (Map.Entry<String, Case> e : byFile.entrySet()) {
            Case c = e.getValue();
            byte[] bytes = Files.readAllBytes(dir.resolve(e.getKey()));
            afterFirst.put(e.getKey(), bytes);
            FixedPage page = fixed.get(e.getKey());
            if (page == null || page.refused() || !page.withheld().isEmpty()) {
                failures.add(c.describe() + ": not fixed" + (page == null ? "" : ": " + page.refusal() + " "
                        + page.withheld()) + "\n" + FixTesting.visible(c.text()));
                continue;
            }
            checkFixed(c, bytes, failures);
            if (c.index() < SHOW) {
                System.out.println("==== " + c.describe() + "\n--- before ---\n" + FixTesting.visible(c.text())
                        + "\n--- after ---\n" + FixTesting.visible(new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(failures.isEmpty(), () -> report("the fix did not give the expected page", failures));
        if (gitApplied) {
            for (Map.Entry<String, Case> e : byFile.entrySet()) {
                if (!e.getValue().bom() && !Arrays.equals(afterFirst.get(e.getKey()),
                        Files.readAllBytes(applied.resolve(e.getKey())))) {
                    failures.add(e.getValue().describe() + ": git apply of the dry-run diff gives other bytes than --fix:\n"
                            + FixTesting.visible(Files.readString(applied.resolve(e.getKey()))) + "\n--- --fix ---\n"
                            + FixTesting.visible(new String(afterFirst.get(e.getKey()), StandardCharsets.UTF_8)));
                }
            }
            assertTrue(failures.isEmpty(), () -> report("--fix-dry-run and --fix disagree", failures));
        }

        started = System.nanoTime();
        RunResult second = FixTesting.run(config, dir, FixTesting.fixMode());
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of(), second.internalErrors());
        for (FixedPage page : second.fixed()) {
            failures.add(byFile.get(page.path()).describe() + ": the second --fix changed it again or refused: "
                    + page.refusal() + " " + page.withheld());
        }
        for (Map.Entry<String, Case> e : byFile.entrySet()) {
            if (!Arrays.equals(afterFirst.get(e.getKey()), Files.readAllBytes(dir.resolve(e.getKey())))) {
                failures.add(e.getValue().describe() + ": the second --fix changed its bytes");
            }
        }
        for (Finding f : second.findings()) {
            if (f.ruleId().equals("escaped-newline")) {
                failures.add(byFile.get(f.path()).describe() + ": still reported after the fix: " + f.message() + " at "
                        + f.start());
            }
        }
        assertTrue(failures.isEmpty(), () -> report("fixing is not idempotent", failures));
        Map<Style, Long> styles = cases.stream().collect(Collectors.groupingBy(Case::style, Collectors.counting()));
        System.out.printf("escaped-newline property: %d cases (%s; %d nested, %d CRLF, %d BOM), first --fix %d ms,"
                + " second %d ms, dry-run diffs of %d pages applied with git: %s, base seed %d%n", cases.size(), styles,
                cases.stream().filter(Case::nested).count(), cases.stream().filter(Case::crlf).count(),
                cases.stream().filter(Case::bom).count(), firstMillis, secondMillis, patched, gitApplied, SEED);
    }

    /** The generated page reads back, with both parsers, as the value the generator meant. */
    private static void checkGenerated(Case c, List<String> failures) {
        Page page = Page.parse(Path.of("x.md"), "x.md", c.text());
        Object yaml = FixTesting.snakeyaml(c.text());
        String product = FixTesting.value(page, c.path());
        String independent = FixTesting.snakeyamlValue(yaml, c.path());
        if (page.frontMatterState() != Page.FrontMatterState.VALID || !c.raw().equals(product)
                || !c.raw().equals(independent)) {
            failures.add(c.describe() + ": meant " + FixTesting.visible(c.raw()) + "\nproduct parser: "
                    + (product == null ? page.frontMatterProblems() : FixTesting.visible(product)) + "\nsnakeyaml: "
                    + (independent == null ? null : FixTesting.visible(independent)) + "\n" + FixTesting.visible(c.text()));
            return;
        }
        String byFinder = FixTesting.expectedFix(c.raw());
        if (!byFinder.equals(c.expected())) {
            failures.add(c.describe() + ": NewlineEscapes.find does not read the value as the generator built it\n raw: "
                    + FixTesting.visible(c.raw()) + "\n built: " + FixTesting.visible(c.expected()) + "\n find: "
                    + FixTesting.visible(byFinder));
        }
    }

    private static void checkFixed(Case c, byte[] bytes, List<String> failures) {
        boolean hasBom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text = new String(bytes, hasBom ? 3 : 0, bytes.length - (hasBom ? 3 : 0), StandardCharsets.UTF_8);
        String where = c.describe() + "\n--- before ---\n" + FixTesting.visible(c.text()) + "\n--- after ---\n"
                + FixTesting.visible(text);
        if (hasBom != c.bom()) {
            failures.add(where + "\n: the byte order mark was " + (c.bom() ? "lost" : "added"));
        }
        Page before = Page.parse(Path.of("x.md"), "x.md", c.text());
        Page after = Page.parse(Path.of("x.md"), "x.md", text);
        if (after.frontMatterState() != Page.FrontMatterState.VALID) {
            failures.add(where + "\n: the fixed page does not parse: " + after.frontMatterProblems());
            return;
        }
        Object yamlBefore = FixTesting.snakeyaml(c.text());
        Object yamlAfter;
        try {
            yamlAfter = FixTesting.snakeyaml(text);
        } catch (RuntimeException e) {
            failures.add(where + "\n: snakeyaml-engine cannot read the fixed page: " + e);
            return;
        }
        String product = FixTesting.value(after, c.path());
        String independent = FixTesting.snakeyamlValue(yamlAfter, c.path());
        // The generator's value with line breaks, with the fix's handling of the spaces that end a line.
        String expected = FixTesting.expectedFixedValue(c.raw());
        if (!expected.equals(product) || !expected.equals(independent)) {
            failures.add(where + "\n: expected " + FixTesting.visible(expected) + "\n product parser read "
                    + (product == null ? null : FixTesting.visible(product)) + "\n snakeyaml read "
                    + (independent == null ? null : FixTesting.visible(independent)));
        }
        compareOthers(where, c.path(), FixTesting.fields(before), FixTesting.fields(after), "product parser", failures);
        compareOthers(where, c.path(), FixTesting.snakeyamlFields(yamlBefore), FixTesting.snakeyamlFields(yamlAfter),
                "snakeyaml", failures);
        if (!before.body().equals(after.body())) {
            failures.add(where + "\n: the body changed");
        }
        if (!text.startsWith(c.head()) || !text.endsWith(c.tail())) {
            failures.add(where + "\n: bytes outside the scalar changed");
        }
        if (c.crlf() && text.replace("\r\n", "").indexOf('\n') >= 0) {
            failures.add(where + "\n: a bare LF line break in a CRLF page");
        }
        if (!c.crlf() && text.indexOf('\r') >= 0) {
            failures.add(where + "\n: a CR in an LF page");
        }
    }

    private static void compareOthers(String where, String path, Map<String, String> before, Map<String, String> after,
            String parser, List<String> failures) {
        Function<Map<String, String>, Map<String, String>> others = m -> m.entrySet().stream()
                .filter(e -> !e.getKey().equals(path))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (!others.apply(before).equals(others.apply(after))) {
            failures.add(where + "\n: other fields changed (" + parser + "):\n before " + others.apply(before)
                    + "\n after " + others.apply(after));
        }
    }

    static Case generate(int index, long seed) {
        Random random = new Random(seed);
        Style style = Style.values()[random.nextInt(Style.values().length)];
        // Mostly single-line folded values, as the corpus writes its answers.
        if (random.nextInt(3) == 0) {
            style = Style.FOLDED;
        }
        boolean nested = random.nextInt(3) == 0;
        boolean crlf = random.nextInt(6) == 0;
        boolean bom = random.nextInt(8) == 0;
        boolean finalNewline = random.nextInt(5) != 0;
        int parent = nested ? 2 : 0;
        int content = parent + (random.nextBoolean() ? 2 : 4);
        String indent = " ".repeat(content);
        String key = " ".repeat(parent) + "answer: ";
        EscapedValues.Value value;
        String source;
        switch (style) {
            case PLAIN -> {
                value = EscapedValues.generate(random, EscapedValues.Shape.PLAIN);
                source = value.raw();
            }
            case SINGLE_QUOTED -> {
                value = EscapedValues.generate(random, EscapedValues.Shape.ONE_LINE);
                source = "'" + value.raw().replace("'", "''") + "'";
            }
            case LITERAL -> {
                value = EscapedValues.generate(random, EscapedValues.Shape.LINES);
                String[] lines = value.raw().split("\n", -1);
                StringBuilder s = new StringBuilder("|");
                String firstContent = Arrays.stream(lines).filter(l -> !l.isEmpty()).findFirst().orElse("");
                if (firstContent.startsWith(" ")) {
                    s.append(content - parent);
                }
                s.append('-');
                for (String line : lines) {
                    s.append('\n').append(line.isEmpty() ? "" : indent + line);
                }
                source = s.toString();
            }
            case FOLDED_LINES -> {
                int segments = 2 + random.nextInt(3);
                List<String> raws = new ArrayList<>();
                List<String> expecteds = new ArrayList<>();
                StringBuilder s = new StringBuilder(">-");
                for (int i = 0; i < segments; i++) {
                    EscapedValues.Value segment = EscapedValues.generate(random, EscapedValues.Shape.FOLDED_SEGMENT);
                    raws.add(segment.raw());
                    expecteds.add(segment.expected());
                    s.append('\n').append(indent).append(segment.raw());
                }
                value = new EscapedValues.Value(String.join(" ", raws), String.join(" ", expecteds));
                source = s.toString();
            }
            default -> {
                value = EscapedValues.generate(random, EscapedValues.Shape.ONE_LINE);
                source = (value.raw().startsWith(" ") ? ">" + (content - parent) + "-" : ">-") + "\n" + indent
                        + value.raw();
            }
        }
        StringBuilder head = new StringBuilder();
        head.append("---\n");
        head.append("title: Generated page ").append(index).append('\n');
        head.append("id: ").append(index + 1).append('\n');
        head.append("date: 2024-05-01\n");
        head.append("formula: $a \\neq b$ and $\\nabla f$\n");
        head.append("quoted: \"double\\nquoted: \\\"escapes\\\" are processed\"\n");
        head.append("tags:\n  - one\n  - 'two: three'\n");
        if (nested) {
            head.append("seo:\n  title: Page ").append(index).append('\n');
        }
        head.append(key);
        StringBuilder tail = new StringBuilder("\n");
        if (nested) {
            tail.append("  kind: nested\n");
        }
        tail.append("after: >-\n    the last field, with $x \\neq y$ in math\n");
        tail.append("---\n");
        tail.append("The body keeps a literal \\n, which is not YAML.\n\nLast line é 🙂");
        if (finalNewline) {
            tail.append('\n');
        }
        String path = nested ? "seo.answer" : "answer";
        String text = head + source + tail;
        String headText = head.toString();
        String tailText = tail.toString();
        if (crlf) {
            text = text.replace("\n", "\r\n");
            headText = headText.replace("\n", "\r\n");
            tailText = tailText.replace("\n", "\r\n");
        }
        return new Case(index, seed, style, nested, crlf, bom, path, value.raw(), value.expected(), text, headText,
                tailText);
    }

    /** Applies the patch in {@code folder} with the real git; false (and a note) when git is missing. */
    private static boolean gitApply(Path folder, Path patch, List<String> failures) throws IOException {
        try {
            Process process = new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toString())
                    .directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                failures.add("git apply rejected the dry-run diff: " + output);
            }
            return true;
        } catch (IOException e) {
            System.out.println("git is not available; the dry-run diff was not applied: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private static String report(String what, List<String> failures) {
        StringBuilder out = new StringBuilder(what + ": " + failures.size() + " failure(s); the first ones:\n");
        failures.stream().limit(4).forEach(f -> out.append("\n==== ").append(f).append('\n'));
        return out.toString();
    }

    @Test
    void generatorIsDeterministic() {
        Case a = generate(7, SEED + 7);
        Case b = generate(7, SEED + 7);
        assertEquals(a, b);
        if (a.text().isEmpty()) {
            fail("empty page");
        }
    }
}
