package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts as MDN needs them: slugs of several segments, transforms, case, several layouts. */
class LayoutTest {
    private static final Transform MDN_FOLDER =
            new Transform(true, Map.of(":", "_colon_", "::", "_doublecolon_", "*", "_star_"));
    private static final Layout MDN = new Layout("files/en-us/{slug...}/index.md", "{slug...}", null,
            Map.of("slug", MDN_FOLDER), false);

    @TempDir
    Path dir;

    @Test
    void aMultiSegmentVariableTakesTheWholeFolderPath() {
        assertEquals(Optional.of(Map.of("slug", "web/css/reference/selectors/_colon_hover")),
                MDN.matchPath("/home/me/content/files/en-us/web/css/reference/selectors/_colon_hover/index.md"));
        assertEquals(Optional.of(Map.of("slug", "glossary")), MDN.matchPath("files/en-us/glossary/index.md"));
        assertEquals(Optional.empty(), MDN.matchPath("files/en-us/index.md"));
        assertEquals(Optional.empty(), MDN.matchPath("files/en-us/glossary/other.md"));
    }

    @Test
    void aOneSegmentVariableStaysOneSegment() {
        Layout one = new Layout("content/{dir}/{stem}.md", "/{dir}/{stem}", null);
        assertEquals(Optional.empty(), one.matchPath("content/a/b/c.md"));
        assertEquals(Optional.of(Map.of("dir", "a", "stem", "c")), one.matchPath("content/a/c.md"));
    }

    @Test
    void transformsEscapeLongerKeysFirstAfterLowercasing() {
        assertEquals("web/css/_doublecolon_before", MDN_FOLDER.apply("Web/CSS/::before"));
        assertEquals("web/css/_colon_has-slotted", MDN_FOLDER.apply("Web/CSS/:has-slotted"));
        assertEquals("web/html/data-_star_", MDN_FOLDER.apply("Web/HTML/data-*"));
    }

    @Test
    void aTransformedUrlIsComparedWithThePathVariables() {
        Map<String, String> path = Map.of("slug", "web/css/reference/selectors/_colon_hover");
        assertEquals(Optional.empty(), MDN.urlProblem("Web/CSS/Reference/Selectors/:hover", path));
        assertEquals(Optional.of("its {slug} 'Web/CSS/Reference/Selectors/:focus' gives"
                        + " 'web/css/reference/selectors/_colon_focus' in the path, which has"
                        + " 'web/css/reference/selectors/_colon_hover'"),
                MDN.urlProblem("Web/CSS/Reference/Selectors/:focus", path));
    }

    @Test
    void withoutTransformsTheExpectedUrlIsNamedAndCaseCanBeIgnored() {
        Layout exact = new Layout("docs/{page}.md", "/docs/{page}", null);
        Layout anyCase = new Layout("docs/{page}.md", "/docs/{page}", null, Map.of(), true);
        assertEquals(Optional.of("expected '/docs/intro'"), exact.urlProblem("/docs/Intro", Map.of("page", "intro")));
        assertEquals(Optional.empty(), anyCase.urlProblem("/docs/Intro", Map.of("page", "intro")));
        assertEquals(Optional.of("expected '/docs/intro'"), anyCase.urlProblem("/docs/other", Map.of("page", "intro")));
    }

    @Test
    void theFirstLayoutThatMatchesWinsAndDeeperPagesAreNoticed() {
        Layouts layouts = Layouts.of(new Layout("content/blog/{stem}.md", "/blog/{stem}", null),
                new Layout("content/{section}/{stem}.md", "/{section}/{stem}", null));
        assertEquals("/blog/{stem}", layouts.matchPath("x/content/blog/a.md").orElseThrow().layout().urlPattern());
        assertEquals("/{section}/{stem}", layouts.matchPath("x/content/news/a.md").orElseThrow().layout().urlPattern());
        assertEquals(Optional.of("content/"), layouts.unmatchedFolder("/x/content/news/2024/a.md"));
        assertEquals(Optional.empty(), layouts.unmatchedFolder("/x/content/news/a.md"));
        assertEquals(Optional.empty(), layouts.unmatchedFolder("/x/other/a.md"));
    }

    @Test
    void theProfileWritesSeveralLayoutsWithTransforms() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, """
                extends: []
                layout:
                  - path: "files/en-us/{slug...}/index.md"
                    url: "{slug...}"
                    ignore-case: true
                    transforms:
                      slug: {lowercase: true, escapes: {":": _colon_, "::": _doublecolon_}}
                  - path: "content/{stem}.md"
                    url: "/{stem}"
                """);
        Layouts loaded = ConfigLoader.load(file, dir).layout();
        assertEquals(2, loaded.all().size());
        Layouts.PathMatch match = loaded.matchPath("files/en-us/web/_doublecolon_before/index.md").orElseThrow();
        assertEquals(Optional.empty(), match.layout().urlProblem("Web/::before", match.variables()));
        assertTrue(match.layout().ignoreCase());
        assertEquals("/{stem}", loaded.matchPath("content/a.md").orElseThrow().layout().urlPattern());
    }

    @Test
    void aMappingOverridesTheInheritedLayoutKeyByKey() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "layout:\n  url: \"/questions/{dir}/{stem}\"\n");
        Layout loaded = ConfigLoader.load(file, dir).layout().first();
        assertEquals("content/learn/{dir}/{stem}.md", loaded.pathPattern());
        assertEquals("/questions/{dir}/{stem}", loaded.urlPattern());
    }

    @Test
    void aTransformOfAnUnknownVariableIsAnErrorAtItsKey() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, """
                extends: []
                layout:
                  path: "docs/{page}.md"
                  url: "/{page}"
                  transforms:
                    slug: {lowercase: true}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, dir));
        assertEquals(6, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("{slug}, which is not a variable of the url pattern '/{page}'"), e.getMessage());
    }
}
