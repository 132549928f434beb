package dev.contentlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathFilterTest {
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        // a pattern without '/' matches at any depth
        "*.md, a.md, true",
        "*.md, content/learn/a.md, true",
        "*.md, content/learn/a.txt, false",
        "README.md, docs/README.md, true",
        "README.md, docs/README.mdx, false",
        // '**' spans any number of folders, including none
        "**/*.md, a.md, true",
        "**/*.md, a/b/c/d.md, true",
        "content/**/*.md, content/a.md, true",
        "content/**/*.md, content/x/y/a.md, true",
        "content/**/*.md, other/content/a.md, false",
        "**/node_modules/**, node_modules/x/a.md, true",
        "**/node_modules/**, a/node_modules/a.md, true",
        "**/node_modules/**, a/node_modules_x/a.md, false",
        "a/**/b/**/c.md, a/b/c.md, true",
        "a/**/b/**/c.md, a/x/b/y/z/c.md, true",
        "a/**/b/**/c.md, a/x/y/c.md, false",
        // a leading '/' anchors at the root; a trailing '/' means everything below
        "/a.md, a.md, true",
        "/a.md, x/a.md, false",
        "drafts/, drafts/a.md, true",
        "drafts/, drafts/x/a.md, true",
        "drafts/, x/drafts/a.md, false",
        // '*' and '?' stay within one segment
        "content/*.md, content/a.md, true",
        "content/*.md, content/x/a.md, false",
        "content/?.md, content/a.md, true",
        "content/?.md, content/ab.md, false",
        "content/a*b?.md, content/a-xx-bc.md, true",
        "content/a*b?.md, content/a-xx-b.md, false",
        "'content/**.md', content/a.md, true",
    })
    void matchesAsDocumented(String glob, String path, boolean expected) {
        assertEquals(expected, new PathFilter(List.of(glob), List.of()).accepts(path));
        // Excluding with the same glob must say the opposite of including everything.
        assertEquals(!expected, new PathFilter(List.of("**"), List.of(glob)).accepts(path));
    }

    @ParameterizedTest(name = "{0} skips {1}: {2}")
    @CsvSource({
        "drafts/, drafts, true",
        "**/node_modules/**, a/node_modules, true",
        "*.md, content, false",
        "content/private/**, content/private, true",
        "content/private/**, content, false",
    })
    void excludedFoldersCanBeSkipped(String glob, String folder, boolean expected) {
        assertEquals(expected, new PathFilter(List.of("**/*.md"), List.of(glob)).excludesFolder(folder));
    }

    @Test
    void anExcludedPathIsExplainedByTheFirstExcludeGlobThatMatchesIt() {
        PathFilter filter = new PathFilter(List.of("content/**/*.md", "*.mdx"), List.of("**/drafts/**", "*.tmp.md"));
        assertNull(filter.exclusion("content/learn/a.md"));
        assertEquals("the exclude glob '**/drafts/**' matches it", filter.exclusion("content/drafts/a.tmp.md"));
        assertEquals("the exclude glob '*.tmp.md' matches it", filter.exclusion("content/a.tmp.md"));
        assertEquals("no include glob matches it (include: 'content/**/*.md', '*.mdx')", filter.exclusion("docs/a.md"));
    }
}
