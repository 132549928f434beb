package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings another site needs: an unset role, union types, links, redirects, macros and the dialect. */
class SiteSettingsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private ConfigException error(Path file) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, dir));
    }

    @Test
    void aNullRoleUnsetsTheInheritedOne() throws IOException {
        Config loaded = ConfigLoader.load(write("c.yaml", "fields:\n  id: ~\n  url: slug\n"), dir);
        assertEquals(Optional.empty(), loaded.fields().path(FieldRole.ID));
        assertEquals(Optional.of("slug"), loaded.fields().path(FieldRole.URL));
        assertEquals(Optional.of("title"), loaded.fields().path(FieldRole.TITLE), "the others are inherited");
    }

    @Test
    void aUnionTypeAcceptsEitherTypeAndNamesBothOtherwise() throws IOException {
        Path config = write(".contentlint.yaml", """
                extends: []
                rules:
                  field-type: {options: {types: {browser-compat: string | list}}}
                """);
        write("one.md", "---\nbrowser-compat: css.properties.color\n---\n");
        write("two.md", "---\nbrowser-compat: [a, b]\n---\n");
        write("bad.md", "---\nbrowser-compat: {a: 1}\n---\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), dir.toString());
        List<String> findings = run.outLines().stream().filter(l -> l.contains("[field-type]")).toList();
        assertEquals(1, findings.size(), run.toString());
        assertTrue(findings.get(0).contains("bad.md:2:17: error [field-type] 'browser-compat' must be text or a list,"
                + " found a mapping"), run.toString());
        Path bad = write("u.yaml", "extends: []\nrules:\n  field-type: {options: {types: {x: string | lists}}}\n");
        assertTrue(error(bad).getMessage().contains("unknown type 'lists'"));
    }

    @Test
    void linksRedirectsAndMacrosAreRead() throws IOException {
        write("files/_redirects.txt", "# FROM\tTO\n/docs/Old\t/docs/New\n\n");
        Config loaded = ConfigLoader.load(write(".contentlint.yaml", """
                extends: []
                links:
                  template: "/docs/{url...}"
                  ignore-case: true
                  redirects: {file: files/_redirects.txt, format: tab-separated}
                  macros:
                    - pattern: '\\{\\{\\s*xref\\("([^"]+)"\\)\\}\\}'
                      link: ["/docs/A/{1}", "/docs/B/{1}"]
                      lowercase: true
                      escapes: {" ": _}
                markdown:
                  inline-markup: ['\\{\\{[^}]*\\}\\}']
                  definition-lists: true
                """), dir);
        LinkSettings links = loaded.links();
        assertEquals("/docs/{url...}", links.template());
        assertTrue(links.ignoreCase());
        assertEquals(Map.of("/docs/Old", "/docs/New"), links.redirects());
        assertEquals(List.of("/docs/A/big_cat", "/docs/B/big_cat"), links.macros().get(0).linksFor("Big cat"));
        assertTrue(loaded.prose().markdown().definitionLists());
        assertEquals(1, loaded.prose().markdown().inlineMarkup().size());
        assertTrue(loaded.prose().fingerprint().contains("definition-lists=true"), "the dialect keys the prose cache");
        assertTrue(!ConfigLoader.load(write("plain.yaml", "extends: []\n"), dir).prose().fingerprint().contains("markdown"),
                "a site without a dialect keeps its cache key");
    }

    @Test
    void badLinksSettingsAreErrorsAtTheirPlace() throws IOException {
        write("r.txt", "/a\t/b\n/c /d\n");
        ConfigException malformed = error(write("m.yaml",
                "extends: []\nlinks:\n  redirects: {file: r.txt, format: tab-separated}\n"));
        assertTrue(malformed.file().endsWith("r.txt"), malformed.file());
        assertEquals(2, malformed.line());
        assertTrue(malformed.getMessage().contains("must be FROM<TAB>TO, not '/c /d'"), malformed.getMessage());
        ConfigException missing = error(write("n.yaml",
                "extends: []\nlinks:\n  redirects: {file: none.txt, format: tab-separated}\n"));
        assertTrue(missing.getMessage().startsWith("redirects file not found"), missing.getMessage());
        ConfigException format = error(write("f.yaml", "extends: []\nlinks:\n  redirects: {file: r.txt, format: csv}\n"));
        assertTrue(format.getMessage().contains("unknown redirects format 'csv'"), format.getMessage());
        ConfigException group = error(write("g.yaml",
                "extends: []\nlinks:\n  macros:\n    - {pattern: 'x', link: '/a/{1}'}\n"));
        assertEquals(4, group.line());
        assertTrue(group.getMessage().contains("needs a group"), group.getMessage());
        ConfigException template = error(write("t.yaml", "extends: []\nlinks:\n  template: '/{a}/{b}'\n"));
        assertTrue(template.getMessage().contains("must have one variable"), template.getMessage());
    }
}
