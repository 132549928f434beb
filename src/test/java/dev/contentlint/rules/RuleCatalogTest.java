package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.contentlint.config.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The meta-test of the rule catalogue: every rule that the default configuration knows, built
 * in or declarative, has fixtures (a good page and a bad page of its own), documentation that
 * ships in the jar, a kebab-case id and a one-line summary.
 */
class RuleCatalogTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final List<String> DOC_SECTIONS =
            List.of("## Why", "## Examples", "## Options", "## Fix", "## Configuration");

    private static List<RuleMeta> known() {
        Config config = Fixtures.defaultConfig();
        return config.known();
    }

    private static Set<String> builtinIds() {
        return RuleRegistry.builtins().stream().map(r -> r.meta().id()).collect(Collectors.toSet());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAGoodAndABadFixture() {
        return known().stream().map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
            Path folder = Fixtures.ROOT.resolve(meta.id());
            assertTrue(Files.isDirectory(folder), "rule '" + meta.id() + "' has no fixtures/" + meta.id() + "/ folder");
            List<Path> pages = Fixtures.pages().stream().filter(p -> p.startsWith(folder)).toList();
            assertTrue(pages.stream().anyMatch(p -> Fixtures.expected(p).isEmpty()),
                    "fixtures/" + meta.id() + "/ has no good page (one whose .expected file is empty)");
            assertTrue(pages.stream().anyMatch(p -> Fixtures.expected(p).stream()
                            .anyMatch(line -> line.split(" ")[1].equals(meta.id()))),
                    "fixtures/" + meta.id() + "/ has no bad page whose .expected file names '" + meta.id() + "'");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRuleHasDocsThatShipInTheJar() {
        return RuleRegistry.builtins().stream().map(Rule::meta).map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
            Path doc = Fixtures.DOCS.resolve(meta.id() + ".md");
            assertTrue(Files.isRegularFile(doc), "rule '" + meta.id() + "' has no docs/rules/" + meta.id() + ".md");
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# " + meta.id() + "\n"),
                    "docs/rules/" + meta.id() + ".md must start with the heading '# " + meta.id() + "'");
            checkDocumentation(meta.id(), text);
            assertFalse(meta.documentation().isBlank(),
                    "rule '" + meta.id() + "' has no documentation in the jar (is docs/rules/ copied as a resource?)");
            assertEquals(text, meta.documentation(), "the documentation in the jar differs from docs/rules/"
                    + meta.id() + ".md: rebuild the resources");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDeclarativeRuleHasADescription() {
        Set<String> builtins = builtinIds();
        return known().stream().filter(meta -> !builtins.contains(meta.id()))
                .map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
                    String heading = "# " + meta.id();
                    assertTrue(meta.documentation().startsWith(heading + "\n"),
                            "the documentation of '" + meta.id() + "' must start with '" + heading + "'");
                    String description = meta.documentation().substring(heading.length()).strip();
                    assertFalse(description.isEmpty(), "declarative rule '" + meta.id() + "' has no description");
                    assertFalse(description.equals(meta.summary().strip()),
                            "declarative rule '" + meta.id() + "' has no 'description' of its own, only its summary");
                    checkDocumentation(meta.id(), meta.documentation());
                }));
    }

    /**
     * The docs say what the metadata says, which is what {@code rules}, {@code explain} and
     * SARIF show: a "## Fix" section that opens with "Fixable (safe)", "Fixable (unsafe)" or,
     * for a rule without a fix, "Not".
     */
    @TestFactory
    Stream<DynamicTest> theFixSectionSaysWhatTheMetadataSays() {
        return known().stream().map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
            String text = meta.documentation();
            int section = text.indexOf("\n## Fix\n");
            assertTrue(section >= 0, meta.id());
            String opening = text.substring(section + "\n## Fix\n".length()).strip();
            String expected = switch (meta.fixability()) {
                case SAFE -> "Fixable (safe)";
                case UNSAFE -> "Fixable (unsafe)";
                case NONE -> "Not ";
            };
            assertTrue(opening.startsWith(expected), () -> meta.id() + " is " + meta.fixability()
                    + ", but its docs' Fix section opens with: " + opening.lines().findFirst().orElse(""));
        }));
    }

    /**
     * The declared fixability agrees with the fixes the rule makes on its fixture pages: none
     * for NONE, only unsafe ones for UNSAFE, and at least one safe one for SAFE.
     */
    @Test
    void theDeclaredFixabilityIsWhatTheFixturesShow() {
        java.util.Map<String, Set<dev.contentlint.fix.Applicability>> made = new java.util.HashMap<>();
        for (Path page : Fixtures.pages()) {
            for (dev.contentlint.engine.Finding f : Fixtures.check(page, null).findings()) {
                if (f.fix() != null) {
                    made.computeIfAbsent(f.ruleId(), k -> new java.util.HashSet<>()).add(f.fix().applicability());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (RuleMeta meta : known()) {
            Set<dev.contentlint.fix.Applicability> kinds = made.getOrDefault(meta.id(), Set.of());
            boolean agrees = switch (meta.fixability()) {
                case NONE -> kinds.isEmpty();
                case UNSAFE -> kinds.equals(Set.of(dev.contentlint.fix.Applicability.UNSAFE));
                case SAFE -> kinds.contains(dev.contentlint.fix.Applicability.SAFE);
            };
            if (!agrees) {
                problems.add(meta.id() + " is declared " + meta.fixability() + " but its fixtures' fixes are " + kinds);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void idsAreKebabCaseAndSummariesAreOneLine() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RuleMeta meta : known()) {
            if (!KEBAB.matcher(meta.id()).matches()) {
                problems.add("id '" + meta.id() + "' is not kebab-case");
            }
            if (!seen.add(meta.id())) {
                problems.add("id '" + meta.id() + "' is used twice");
            }
            String summary = meta.summary();
            if (summary == null || summary.isBlank()) {
                problems.add(meta.id() + ": empty summary");
            } else if (summary.contains("\n") || summary.contains("\r") || !summary.equals(summary.strip())) {
                problems.add(meta.id() + ": the summary must be one line without surrounding spaces: '" + summary + "'");
            }
            if (meta.severity() == null) {
                problems.add(meta.id() + ": no default severity");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFixtureFolderAndDocsPageBelongsToAKnownRule() throws IOException {
        Set<String> ids = known().stream().map(RuleMeta::id).collect(Collectors.toCollection(TreeSet::new));
        List<String> strays = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Fixtures.ROOT)) {
            folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !ids.contains(name))
                    .forEach(name -> strays.add("fixtures/" + name + "/ (no such rule)"));
        }
        Set<String> builtins = builtinIds();
        try (Stream<Path> docs = Files.list(Fixtures.DOCS)) {
            docs.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .filter(id -> !builtins.contains(id))
                    .forEach(id -> strays.add("docs/rules/" + id + ".md (no built-in rule has this id;"
                            + " declarative rules are documented by their 'description')"));
        }
        for (Path page : Fixtures.pages()) {
            for (String line : Fixtures.expected(page)) {
                String[] parts = line.split(" ");
                // "LINE:COLUMN RULE-ID", then " also LINE:COLUMN ..." for the other occurrences
                boolean also = parts.length > 3 && parts[2].equals("also")
                        && Stream.of(parts).skip(3).allMatch(p -> p.matches("\\d+:\\d+"));
                if ((parts.length != 2 && !also) || !parts[0].matches("\\d+:\\d+") || !ids.contains(parts[1])) {
                    strays.add(Fixtures.name(page) + ": malformed or unknown rule in expected line '" + line + "'");
                }
            }
        }
        assertEquals(List.of(), strays);
    }

    /**
     * A rule page: the heading, then a first paragraph (SARIF's fullDescription), then the
     * sections in order.
     */
    private static void checkDocumentation(String id, String text) {
        String[] lines = text.split("\n", -1);
        int first = 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        assertTrue(first < lines.length && !lines[first].startsWith("#"),
                "the documentation of '" + id + "' must open with a description paragraph under its heading");
        int at = 0;
        for (String section : DOC_SECTIONS) {
            int found = text.indexOf("\n" + section + "\n", at);
            assertTrue(found >= 0, "the documentation of '" + id + "' lacks the section '" + section
                    + "' (in this order: " + DOC_SECTIONS + ")");
            at = found + 1;
        }
    }
}
