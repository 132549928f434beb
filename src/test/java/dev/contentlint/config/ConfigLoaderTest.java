package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PRODUCT.md section 3: discovery, extends, merging, and errors that name the file, line, column and key. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Optional<ConfiguredRule> rule(Config config, String id) {
        return config.rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private ConfigException error(Path file) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, dir));
    }

    private static void assertAt(ConfigException e, Path file, int line, int column) {
        assertEquals(file.toAbsolutePath().normalize().toString(), e.file(), e.describe());
        assertEquals(line, e.line(), e.describe());
        assertEquals(column, e.column(), e.describe());
        assertEquals(file.toAbsolutePath().normalize() + ":" + line + ":" + column + ": " + e.getMessage(), e.describe());
    }

    // ----- discovery -----

    @Test
    void discoveryWalksUpFromANestedFolder() throws IOException {
        Path config = write(".contentlint.yaml", "rules:\n  trailing-whitespace: off\n");
        Path nested = Files.createDirectories(dir.resolve("content/learn/physics"));
        assertEquals(config, ConfigLoader.discover(nested));
        Config loaded = ConfigLoader.load(null, nested);
        assertEquals(config, loaded.file());
        assertEquals(dir, loaded.root()); // globs are relative to the configuration's folder
        assertTrue(rule(loaded, "trailing-whitespace").isEmpty());
    }

    @Test
    void theNearestFileWins() throws IOException {
        write(".contentlint.yaml", "rules:\n  trailing-whitespace: off\n");
        Path inner = write("site/.contentlint.yaml", "rules:\n  trailing-whitespace: info\n");
        Path nested = Files.createDirectories(dir.resolve("site/content"));
        assertEquals(inner, ConfigLoader.discover(nested));
        Config loaded = ConfigLoader.load(null, nested);
        assertEquals(Severity.INFO, rule(loaded, "trailing-whitespace").orElseThrow().severity());
        assertEquals(dir.resolve("site"), loaded.root());
    }

    @Test
    void aFolderNamedLikeTheFileIsNotAConfiguration() throws IOException {
        assumeTrue(ConfigLoader.discover(dir.getParent()) == null, "a .contentlint.yaml above the temp folder");
        Files.createDirectories(dir.resolve(".contentlint.yaml"));
        assertNull(ConfigLoader.discover(dir));
    }

    @Test
    void explicitFileOverridesDiscovery() throws IOException {
        write(".contentlint.yaml", "rules:\n  trailing-whitespace: off\n");
        Path explicit = write("other/custom.yaml", "rules:\n  trailing-whitespace: error\n");
        Config loaded = ConfigLoader.load(explicit, dir);
        assertEquals(explicit, loaded.file());
        assertEquals(dir.resolve("other"), loaded.root());
        assertEquals(Severity.ERROR, rule(loaded, "trailing-whitespace").orElseThrow().severity());
    }

    @Test
    void missingExplicitFileIsAConfigurationError() {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = error(missing);
        assertEquals(missing.toString(), e.file());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void withNoFileTheBuiltInDefaultApplies() {
        assumeTrue(ConfigLoader.discover(dir) == null, "a .contentlint.yaml above the temp folder");
        Config loaded = ConfigLoader.load(null, dir);
        assertNull(loaded.file());
        assertEquals(dir.toAbsolutePath().normalize(), loaded.root());
        // The corpus format out of the box: its layout, its field roles, its required fields.
        assertEquals("content/learn/{dir}/{stem}.md", loaded.layout().first().pathPattern());
        assertEquals("/learn/{dir}/questions/{stem}", loaded.layout().first().urlPattern());
        assertEquals(Optional.of("url"), loaded.fields().path(FieldRole.URL));
        assertEquals(Optional.of("seo.page_description"), loaded.fields().path(FieldRole.DESCRIPTION));
        List<String> required = rule(loaded, "required-field").orElseThrow().options().strings("fields");
        assertTrue(required.containsAll(List.of("id", "url", "seo.title", "answer")), required.toString());
        assertTrue(loaded.pathFilter().accepts("content/learn/physics/a.md"));
        assertFalse(loaded.pathFilter().accepts("content/README.md"));
        assertTrue(loaded.prose().fields().contains("answer"));
        // Every built-in rule is known and on at its default severity, but the site audit's, which are off.
        for (RuleMeta meta : loaded.known()) {
            if (meta.origin().equals("built-in") && !meta.tags().contains(ConfigLoader.SITE_TAG)) {
                assertEquals(meta.severity(), rule(loaded, meta.id()).orElseThrow().severity(), meta.id());
            } else if (meta.origin().equals("built-in")) {
                assertTrue(rule(loaded, meta.id()).isEmpty(), meta.id());
            }
        }
    }

    @Test
    void theSiteProfileTurnsTheSiteAuditsRulesOnAtTheirSeverities() throws IOException {
        Path file = write(".contentlint.yaml", "extends: [default, site]\nrules:\n  thin-content: {severity: info,"
                + " options: {min-words: 50}}\n");
        Config loaded = ConfigLoader.load(file, dir);
        for (RuleMeta meta : loaded.known()) {
            if (meta.tags().contains(ConfigLoader.SITE_TAG) && !meta.id().equals("thin-content")) {
                assertEquals(meta.severity(), rule(loaded, meta.id()).orElseThrow().severity(), meta.id());
            }
        }
        assertEquals(Severity.INFO, rule(loaded, "thin-content").orElseThrow().severity());
        assertEquals(50, rule(loaded, "thin-content").orElseThrow().options().integer("min-words"));
        assertEquals(10, loaded.known().stream().filter(m -> m.tags().contains(ConfigLoader.SITE_TAG)).count());
    }

    // ----- extends -----

    @Test
    void aFileWithoutExtendsBuildsOnTheDefault() throws IOException {
        Path file = write("c.yaml", "rules:\n  seo-title-length: error\n");
        Config loaded = ConfigLoader.load(file, dir);
        assertEquals("content/learn/{dir}/{stem}.md", loaded.layout().first().pathPattern());
        assertFalse(rule(loaded, "required-field").orElseThrow().options().strings("fields").isEmpty());
        assertEquals(Severity.ERROR, rule(loaded, "seo-title-length").orElseThrow().severity());
    }

    @Test
    void emptyExtendsStartsFromNothing() throws IOException {
        Path file = write("c.yaml", "extends: []\n");
        Config loaded = ConfigLoader.load(file, dir);
        assertNull(loaded.layout().first().pathPattern());
        assertNull(loaded.layout().first().urlPattern());
        assertTrue(loaded.fields().asMap().isEmpty());
        assertTrue(rule(loaded, "required-field").orElseThrow().options().strings("fields").isEmpty());
        assertEquals(List.of("**/*.md"), loaded.include());
        assertEquals(List.of(), loaded.exclude());
        assertTrue(loaded.prose().fields().isEmpty());
    }

    @Test
    void extendsARelativeFileFromTheExtendingFilesFolder() throws IOException {
        write("profiles/base.yaml", """
                extends: []
                exclude: ["drafts/**"]
                rules:
                  trailing-whitespace: off
                  seo-title-length: info
                  seo-description-length:
                    options:
                      min: 10
                      max: 20
                """);
        Path main = write("site/c.yaml", """
                extends: ../profiles/base.yaml
                rules:
                  seo-title-length: error
                  seo-description-length:
                    options:
                      max: 99
                """);
        Config loaded = ConfigLoader.load(main, dir.resolve("elsewhere"));
        assertTrue(rule(loaded, "trailing-whitespace").isEmpty()); // off in the base
        assertEquals(Severity.ERROR, rule(loaded, "seo-title-length").orElseThrow().severity()); // later wins
        ConfiguredRule description = rule(loaded, "seo-description-length").orElseThrow();
        assertEquals(10, description.options().integer("min")); // kept from the base
        assertEquals(99, description.options().integer("max")); // overridden
        assertEquals(List.of("drafts/**"), loaded.exclude());
        assertNull(loaded.layout().first().pathPattern()); // the base started from nothing
        assertEquals(dir.resolve("site"), loaded.root());
    }

    @Test
    void extendsAListOfFilesAppliesThemInOrder() throws IOException {
        write("a.yaml", "extends: []\nrules:\n  slug-format: info\n  keywords-format: info\n");
        write("b.yaml", "extends: []\nrules:\n  slug-format: error\n");
        Path main = write("c.yaml", "extends: [a.yaml, b.yaml]\n");
        Config loaded = ConfigLoader.load(main, dir);
        assertEquals(Severity.ERROR, rule(loaded, "slug-format").orElseThrow().severity());
        assertEquals(Severity.INFO, rule(loaded, "keywords-format").orElseThrow().severity());
    }

    @Test
    void aDiamondIsNotACycle() throws IOException {
        write("d.yaml", "extends: []\nrules:\n  slug-format: info\n");
        write("b.yaml", "extends: d.yaml\n");
        write("c.yaml", "extends: d.yaml\n");
        Path main = write("a.yaml", "extends: [b.yaml, c.yaml]\n");
        Config loaded = ConfigLoader.load(main, dir);
        assertEquals(Severity.INFO, rule(loaded, "slug-format").orElseThrow().severity());
    }

    @Test
    void aCycleInExtendsIsAnErrorNotAHang() throws IOException {
        Path a = write("a.yaml", "extends: [b.yaml]\n");
        write("b.yaml", "extends: a.yaml\n");
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> error(a));
        assertTrue(e.getMessage().contains("cycle"), e.describe());
        assertEquals(a.toAbsolutePath().normalize().toString(), Path.of(e.file()).toAbsolutePath().normalize().toString());
    }

    @Test
    void aFileExtendingItselfIsACycle() throws IOException {
        Path a = write("self.yaml", "extends: ./self.yaml\n");
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> error(a));
        assertTrue(e.getMessage().contains("cycle"), e.describe());
    }

    @Test
    void missingExtendedFileIsReportedAtTheExtendsValue() throws IOException {
        Path file = write("c.yaml", "rules: {}\nextends: missing.yaml\n");
        ConfigException e = error(file);
        assertAt(e, file, 2, 10);
        assertEquals("profile file not found: missing.yaml", e.getMessage());
    }

    @Test
void unknownBuiltInProfileIsReportedAtTheExtendsValue() throws IOException {
        Path file = write("c.yaml", "include: ['**/*.md']\nextends: nope\n");
        ConfigException e = error(file);
        assertEquals("no built-in profile named 'nope'", e.getMessage());
        assertAt(e, file, 2, 10);
    }

    @Test
    void unknownBuiltInProfileIsAnError() throws IOException {
        Path file = write("c.yaml", "extends: nope\n");
        ConfigException e = error(file);
        assertEquals("no built-in profile named 'nope'", e.getMessage());
        assertEquals(file.toAbsolutePath().normalize().toString(), e.file());
    }

    @Test
    void extendsTheDefaultByName() throws IOException {
        Path file = write("c.yaml", "extends: default\ninclude: ['content/**/*.md']\n");
        Config loaded = ConfigLoader.load(file, dir);
        assertEquals("content/learn/{dir}/{stem}.md", loaded.layout().first().pathPattern());
        assertEquals(List.of("content/**/*.md"), loaded.include());
    }

    // ----- errors with file, line, column and key -----

    @Test
    void unknownTopLevelKey() throws IOException {
        Path file = write("c.yaml", "extends: []\ninclude: ['**/*.md']\nrulez:\n  x: 1\n");
        ConfigException e = error(file);
        assertAt(e, file, 3, 1);
        assertTrue(e.getMessage().startsWith("unknown key 'rulez' in the configuration"), e.getMessage());
        assertTrue(e.getMessage().contains("rules"), e.getMessage()); // the expected keys are listed
    }

    @Test
    void unknownRuleId() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  trailing-whitespace: off\n  no-such-rule: error\n");
        ConfigException e = error(file);
        assertAt(e, file, 4, 3);
        assertEquals("unknown rule 'no-such-rule' (run 'contentlint rules' for the list)", e.getMessage());
    }

    @Test
    void unknownRuleIdSwitchedOffIsStillAnError() throws IOException {
        Path file = write("c.yaml", "rules:\n  typo-rule: off\n");
        ConfigException e = error(file);
        assertAt(e, file, 2, 3);
        assertTrue(e.getMessage().contains("'typo-rule'"), e.getMessage());
    }

    @Test
    void badSeverityScalar() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  trailing-whitespace: fatal\n");
        ConfigException e = error(file);
        assertAt(e, file, 3, 24);
        assertEquals("severity of 'trailing-whitespace' must be off, info, warning or error, not 'fatal'", e.getMessage());
    }

    @Test
    void badSeverityInAMapping() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  trailing-whitespace:\n    severity: Warning\n");
        ConfigException e = error(file);
        assertAt(e, file, 4, 15);
        assertTrue(e.getMessage().contains("'trailing-whitespace'") && e.getMessage().contains("'Warning'"),
                e.getMessage());
    }

    @Test
    void unknownKeyInARuleSetting() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  trailing-whitespace:\n    level: error\n");
        ConfigException e = error(file);
        assertAt(e, file, 4, 5);
        assertTrue(e.getMessage().startsWith("unknown key 'level' in rule 'trailing-whitespace'"), e.getMessage());
    }

    @Test
    void unknownOption() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                rules:
                  seo-description-length:
                    options:
                      min: 10
                      maximum: 3
                """);
        ConfigException e = error(file);
        assertAt(e, file, 6, 7);
        assertTrue(e.getMessage().startsWith("rule 'seo-description-length' has no option 'maximum'"), e.getMessage());
        assertTrue(e.getMessage().contains("max"), e.getMessage()); // the real options are listed
    }

    @Test
    void optionOfARuleWithoutOptions() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  trailing-whitespace:\n    options:\n      x: 1\n");
        ConfigException e = error(file);
        assertAt(e, file, 5, 7);
        assertTrue(e.getMessage().contains("has no option 'x'"), e.getMessage());
    }

    @Test
    void optionOfTheWrongType() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  seo-description-length:\n    options:\n      max: lots\n");
        ConfigException e = error(file);
        assertAt(e, file, 5, 12);
        assertTrue(e.getMessage().startsWith("option 'max' of rule 'seo-description-length' must be a"), e.getMessage());
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
    }

    @Test
    void listOptionGivenAMapping() throws IOException {
        Path file = write("c.yaml", "extends: []\nrules:\n  required-field:\n    options:\n      fields: {a: 1}\n");
        ConfigException e = error(file);
        assertAt(e, file, 5, 15);
        assertTrue(e.getMessage().contains("'fields'") && e.getMessage().contains("list"), e.getMessage());
    }

    @Test
    void invalidRegexInADefinedRule() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                define:
                  - id: bad-regex
                    kind: forbidden-pattern
                    summary: A rule with a broken pattern
                    fields: [answer]
                    pattern: '(unclosed'
                """);
        ConfigException e = error(file);
        assertAt(e, file, 7, 14);
        assertTrue(e.getMessage().startsWith("invalid regular expression in rule 'bad-regex'"), e.getMessage());
        assertTrue(e.getMessage().contains("(unclosed"), e.getMessage());
    }

    @Test
    void backtrackingRegexFeaturesAreRejectedNotRunSlowly() throws IOException {
        // RE2 has no backreferences: a pattern that needs backtracking is a configuration error.
        Path file = write("c.yaml", """
                extends: []
                define:
                  - id: repeated-word
                    kind: forbidden-pattern
                    summary: No word twice
                    fields: [answer]
                    pattern: '(\\w+) \\1'
                """);
        ConfigException e = error(file);
        assertAt(e, file, 7, 14);
        assertTrue(e.getMessage().contains("regular expression"), e.getMessage());
    }

    @Test
    void unknownFieldTypeNameIsAnError() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                rules:
                  field-type:
                    options:
                      types:
                        id: integer
                        url: integr
                """);
        ConfigException e = error(file);
        assertEquals(file.toAbsolutePath().normalize().toString(), e.file());
        assertTrue(e.getMessage().contains("unknown type 'integr'"), e.getMessage());
        assertTrue(e.getMessage().contains("field-type"), e.getMessage());
        assertTrue(e.line() >= 6, e.describe()); // inside the types mapping
    }

    @Test
void unknownFieldTypeNameIsReportedAtTheBadValue() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                rules:
                  field-type:
                    options:
                      types:
                        id: integer
                        url: integr
                """);
        ConfigException e = error(file);
        assertAt(e, file, 7, 14);
        assertTrue(e.getMessage().contains("'url'"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown type 'integr'"), e.getMessage());
    }

    @Test
    void definedRuleErrors() throws IOException {
        Map<String, String> cases = Map.of(
                "kind: nope", "unknown rule kind 'nope'",
                "kind: length", "needs 'min', 'max' or both",
                "kind: fields-agree", "compares exactly two fields");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = write("c.yaml", "extends: []\ndefine:\n  - id: my-rule\n    " + c.getKey()
                    + "\n    summary: s\n    fields: [title]\n");
            ConfigException e = error(file);
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + ": " + e.describe());
            assertTrue(e.line() >= 3, e.describe());
        }
        Path badId = write("c.yaml", "extends: []\ndefine:\n  - id: Not_Kebab\n    kind: length\n    summary: s\n"
                + "    fields: [title]\n    max: 3\n");
        ConfigException e = error(badId);
        assertAt(e, badId, 3, 9);
        assertTrue(e.getMessage().contains("kebab-case"), e.getMessage());
        Path clash = write("c.yaml", "extends: []\ndefine:\n  - id: trailing-whitespace\n    kind: length\n"
                + "    summary: s\n    fields: [title]\n    max: 3\n");
        assertTrue(error(clash).getMessage().contains("already defined"));
    }

    @Test
    void yamlErrorsInTheConfigurationArePositioned() throws IOException {
        Path syntax = write("c.yaml", "extends: []\nrules: [unclosed\n");
        ConfigException e = error(syntax);
        assertEquals(syntax.toAbsolutePath().normalize().toString(), e.file());
        assertTrue(e.line() > 0, e.describe());
        assertTrue(e.getMessage().startsWith("YAML syntax error"), e.getMessage());
        Path duplicate = write("d.yaml", "extends: []\nrules: {}\nrules: {}\n");
        ConfigException d = error(duplicate);
        assertAt(d, duplicate, 3, 1);
        assertTrue(d.getMessage().startsWith("duplicate key 'rules'"), d.getMessage());
        Path list = write("e.yaml", "- a\n- b\n");
        ConfigException l = error(list);
        assertAt(l, list, 1, 1);
        assertEquals("the configuration must be a mapping of keys", l.getMessage());
    }

    @Test
    void emptyConfigurationFileIsTheDefault() throws IOException {
        Path file = write("c.yaml", "# nothing here\n");
        Config loaded = ConfigLoader.load(file, dir);
        assertEquals("content/learn/{dir}/{stem}.md", loaded.layout().first().pathPattern());
    }

    @Test
    void definedRulesJoinTheKnownRules() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                define:
                  - id: no-lorem
                    kind: forbidden-pattern
                    summary: No placeholder text
                    severity: error
                    fields: [answer, body]
                    pattern: '(?i)lorem ipsum'
                rules:
                  no-lorem: info
                """);
        Config loaded = ConfigLoader.load(file, dir);
        RuleMeta meta = loaded.known().stream().filter(m -> m.id().equals("no-lorem")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, meta.severity());
        assertEquals("No placeholder text", meta.summary());
        assertEquals(Severity.INFO, rule(loaded, "no-lorem").orElseThrow().severity()); // configured like any rule
    }

    @Test
    void layoutAndFieldRoles() throws IOException {
        Path file = write("c.yaml", """
                extends: []
                fields:
                  url: permalink
                  description: meta.description
                layout:
                  path: "docs/{section}/{stem}.md"
                  url: "/{section}/{stem}/"
                """);
        Config loaded = ConfigLoader.load(file, dir);
        assertEquals(Optional.of("permalink"), loaded.fields().path(FieldRole.URL));
        assertEquals(Optional.of("meta.description"), loaded.fields().path(FieldRole.DESCRIPTION));
        assertEquals(Optional.of(Map.of("section", "a", "stem", "b")), loaded.layout().first().matchPath("x/docs/a/b.md"));
        assertEquals(Optional.of("/a/b/"), loaded.layout().first().url(Map.of("section", "a", "stem", "b")));
        Path bad = write("d.yaml", "extends: []\nfields:\n  permalink: url\n");
        ConfigException e = error(bad);
        assertAt(e, bad, 3, 3);
        assertTrue(e.getMessage().startsWith("unknown field role 'permalink'"), e.getMessage());
        Path badLayout = write("e.yaml", "extends: []\nlayout:\n  paths: x\n");
        assertAt(error(badLayout), badLayout, 3, 3);
    }

    // ----- prose -----

    @Test
    void vocabularyWordsAndFilesAddUpAcrossExtends() throws IOException {
        write("words.txt", "# terms of the site\nKubernetes\n\n/[A-Z]{2,5}s/\n");
        Path file = write(".contentlint.yaml", "prose:\n  words: [Grafana]\n  vocabulary: words.txt\n");
        Config loaded = ConfigLoader.load(file, dir);
        Vocabulary vocabulary = loaded.prose().vocabulary();
        assertTrue(vocabulary.accepts("QuickTakes"), "the default profile's word");
        assertTrue(vocabulary.accepts("brainstem"), "a word of the default profile's vocabulary file");
        assertTrue(vocabulary.accepts("Grafana"));
        assertTrue(vocabulary.accepts("Kubernetes"));
        assertTrue(vocabulary.accepts("APIs"), "a pattern matches the whole word");
        assertFalse(vocabulary.accepts("xAPIs"));
        assertFalse(vocabulary.accepts("# terms of the site"));
    }

    @Test
    void disabledAndEnabledRulesAddUpAndTheLaterFileWins() throws IOException {
        Path file = write(".contentlint.yaml",
                "prose:\n  disabled-rules: [EN_UNPAIRED_QUOTES]\n  enabled-rules: [STYLE]\n");
        ProseSettings prose = ConfigLoader.load(file, dir).prose();
        assertTrue(prose.disabledRules().contains("EN_UNPAIRED_QUOTES"));
        assertTrue(prose.disabledRules().contains("REDUNDANCY"), "the default profile's switches stay");
        assertFalse(prose.disabledRules().contains("STYLE"), "enabled by the project");
        assertTrue(prose.enabledRules().contains("STYLE"));
    }

    /** The built-in profile names its vocabulary beside it, in the jar: not a file relative to the working folder. */
    @Test
    void theDefaultProfilesVocabularyShipsWithIt() {
        assumeTrue(ConfigLoader.discover(dir) == null, "a .contentlint.yaml above the temp folder");
        Vocabulary vocabulary = ConfigLoader.load(null, dir).prose().vocabulary();
        assertTrue(vocabulary.words().size() > 1000, "the site's terms: " + vocabulary.words().size());
        assertTrue(vocabulary.accepts("baroreceptors"));
        assertFalse(vocabulary.accepts("teh"), "a slip on one page is not a term");
        assertFalse(vocabulary.accepts("drinked"), "a slip that several pages make was taken out");
        ConfigException missing = assertThrows(ConfigException.class,
                () -> VocabularyFile.readBuiltin("nowhere.txt", problem -> new ConfigException("built-in:default", 30, 15, problem)));
        assertTrue(missing.getMessage().contains("no built-in vocabulary named 'nowhere.txt'"), missing.getMessage());
    }

    @Test
    void aMissingVocabularyFileIsReportedAtItsName() throws IOException {
        Path file = write(".contentlint.yaml", "prose:\n  vocabulary: nowhere.txt\n");
        ConfigException e = error(file);
        assertAt(e, file, 2, 15);
        assertTrue(e.getMessage().contains("nowhere.txt"), e.getMessage());
    }

    @Test
    void aBadVocabularyPatternIsReportedAtItsLine() throws IOException {
        Path words = write("words.txt", "fine\n/[unclosed/\n");
        Path file = write(".contentlint.yaml", "prose:\n  vocabulary: words.txt\n");
        ConfigException e = error(file);
        assertEquals(words.toString(), e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("invalid pattern '[unclosed'"), e.getMessage());
    }

    @Test
    void proseNumbersAndSwitchesAreChecked() throws IOException {
        Path file = write(".contentlint.yaml", "prose:\n  suggestions: many\n");
        assertAt(error(file), file, 2, 16);
        Path chunker = write("c.yaml", "prose:\n  chunker: maybe\n");
        assertAt(error(chunker), chunker, 2, 12);
        Path fine = write("f.yaml", "prose:\n  suggestions: 0\n  term-repeats: 0\n  ignore-names: false\n");
        ProseSettings prose = ConfigLoader.load(fine, dir).prose();
        assertEquals(0, prose.suggestions());
        assertEquals(0, prose.termRepeats());
        assertFalse(prose.ignoreNames());
    }
}
