package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import dev.contentlint.text.Wildcard;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final String TEXT = """
            ---
            id: 12
            title: A title
            empty:
            nothing: ~
            seo:
              title: SEO title
              page_description: Words
            related_article1:
              id: 1
              url: /learn/a
            related_article2:
              id: 2
              url: /learn/b
            related_articles: not a match for related_article*.url
            related_article3: scalar, not a mapping
            tags: [a, b]
            ---
            body
            """;

    private final Page page = Page.parse(Path.of("p.md"), "p.md", TEXT);
    private final FrontMatter fm = page.frontMatter();

    private String at(Range range) {
        return TEXT.substring(range.start(), range.end());
    }

    @Test
    void getFollowsDottedPaths() {
        assertEquals("SEO title", ((YamlScalar) fm.get("seo.title").orElseThrow()).value());
        assertTrue(fm.get("seo").orElseThrow() instanceof YamlMapping);
        assertTrue(fm.get("tags").orElseThrow() instanceof YamlSequence);
        assertTrue(fm.get("missing").isEmpty());
        assertTrue(fm.get("seo.missing").isEmpty());
        assertTrue(fm.get("title.deeper").isEmpty()); // through a scalar
        assertTrue(fm.get("tags.0").isEmpty()); // through a list
        assertEquals("/learn/b", ((YamlScalar) fm.get("related_article2.url").orElseThrow()).value());
    }

    @Test
    void textAndScalar() {
        assertEquals("12", fm.text("id").orElseThrow());
        assertEquals(YamlScalar.Type.INT, fm.scalar("id").orElseThrow().type());
        assertTrue(fm.scalar("empty").isPresent());
        assertTrue(fm.text("empty").isEmpty()); // null
        assertTrue(fm.text("nothing").isEmpty()); // ~ is null
        assertTrue(fm.text("seo").isEmpty()); // a mapping
        assertTrue(fm.scalar("tags").isEmpty());
        assertTrue(fm.text("missing").isEmpty());
    }

    @Test
    void matchingExpandsWildcards() {
        List<FrontMatter.Field> urls = fm.matching("related_article*.url");
        assertEquals(List.of("related_article1.url", "related_article2.url"),
                urls.stream().map(FrontMatter.Field::path).toList());
        assertEquals("/learn/a", ((YamlScalar) urls.get(0).value()).value());
        assertEquals("url", urls.get(0).key().value());
        assertEquals("url", at(urls.get(1).key().range()));
        assertEquals("/learn/b", at(urls.get(1).value().range()));

        assertEquals(List.of("related_article1", "related_article2", "related_articles", "related_article3"),
                fm.matching("related_article*").stream().map(FrontMatter.Field::path).toList());
        assertEquals(List.of("seo.title"), fm.matching("seo.title").stream().map(FrontMatter.Field::path).toList());
        assertEquals(List.of("seo.title", "seo.page_description"),
                fm.matching("seo.*").stream().map(FrontMatter.Field::path).toList());
        assertEquals(List.of("id", "title", "empty", "nothing", "seo", "related_article1", "related_article2",
                "related_articles", "related_article3", "tags"),
                fm.matching("*").stream().map(FrontMatter.Field::path).toList());
        assertTrue(fm.matching("nope*.x").isEmpty());
        // A '*' inside a segment is a wildcard too, not only a trailing one.
        assertEquals(List.of("related_article1.url", "related_article2.url"),
                fm.matching("rel*article?.u*l").stream().map(FrontMatter.Field::path).toList());
        assertEquals(List.of("seo.title"), fm.matching("s*.title").stream().map(FrontMatter.Field::path).toList());
        assertTrue(fm.matching("title.x").isEmpty());
        assertEquals(List.of("related_article1.id", "related_article2.id"),
                fm.matching("*.id").stream().map(FrontMatter.Field::path).toList());
    }

    @Test
    void keyWildcards() {
        assertTrue(Wildcard.matches("related_article*", "related_article12"));
        assertTrue(Wildcard.matches("related_article*", "related_article"));
        assertTrue(Wildcard.matches("*", ""));
        assertTrue(Wildcard.matches("a*b*c", "aXXbYYbZc"));
        assertTrue(Wildcard.matches("**", "x"));
        assertTrue(Wildcard.matches("*_description", "page_description"));
        assertFalse(Wildcard.matches("a*b", "aXXc"));
        assertFalse(Wildcard.matches("title", "titles"));
        assertFalse(Wildcard.matches("title", "titl"));
        assertFalse(Wildcard.matches("a.b", "aXb")); // '.' is literal, not a regex
    }

    @Test
    void anchorForPointsAtTheKeyOrItsNearestAncestor() {
        assertEquals("title", at(fm.anchorFor("title")));
        assertEquals(new Position(3, 1), page.lines().position(fm.anchorFor("title").start()));
        assertEquals("title", at(fm.anchorFor("seo.title")));
        assertEquals(new Position(7, 3), page.lines().position(fm.anchorFor("seo.title").start()));
        // A missing child of an existing mapping: the parent's key.
        assertEquals("seo", at(fm.anchorFor("seo.page_keywords")));
        // A path through a scalar: the deepest existing key.
        assertEquals("title", at(fm.anchorFor("title.deeper")));
        // Missing at the top: the opening '---'.
        assertEquals(new Range(0, 3), fm.anchorFor("author"));
        assertEquals("---", at(fm.anchorFor("author.name")));
    }

    @Test
    void anchorForOnAnEmptyFrontMatter() {
        Page empty = Page.parse(Path.of("e.md"), "e.md", "---\n---\n");
        assertEquals(new Range(0, 3), empty.frontMatter().anchorFor("title"));
    }
}
