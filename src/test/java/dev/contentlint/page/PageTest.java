package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.yaml.ScalarStyle;
import dev.contentlint.page.yaml.YamlScalar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Page.parse: where the front matter, its YAML and the body are, and what state the block is in. */
class PageTest {
    private static final Path FILE = Path.of("content/learn/x/page.md");

    private static Page parse(String text) {
        return Page.parse(FILE, "content/learn/x/page.md", text);
    }

    @Test
    void frontMatterAndBody() {
        String text = "---\ntitle: Hello\nseo:\n  title: Hi\n---\n# Body\n\nText.\n";
        Page page = parse(text);
        assertEquals(Page.FrontMatterState.VALID, page.frontMatterState());
        assertTrue(page.frontMatterProblems().isEmpty());
        int bodyStart = text.indexOf("# Body");
        assertEquals(bodyStart, page.bodyStart());
        assertEquals("# Body\n\nText.\n", page.body());
        FrontMatter fm = page.frontMatter();
        assertNotNull(fm);
        assertEquals(new Range(4, text.indexOf("---\n# Body")), fm.yaml());
        assertEquals(new Range(0, bodyStart - 1), fm.block()); // the closing fence, without its line break
        assertEquals("Hello", fm.text("title").orElseThrow());
        assertEquals("Hi", fm.text("seo.title").orElseThrow());
        YamlScalar title = fm.scalar("title").orElseThrow();
        assertEquals("Hello", page.textAt(title.range()));
        assertEquals(new Position(2, 8), page.lines().position(title.range().start()));
        assertEquals(FILE, page.file());
        assertEquals("content/learn/x/page.md", page.displayPath());
        assertEquals(text, page.text());
    }

    @Test
    void crlfPage() {
        String text = "---\r\ntitle: Hello\r\n---\r\nBody\r\n";
        Page page = parse(text);
        assertEquals(Page.FrontMatterState.VALID, page.frontMatterState());
        assertEquals(text.indexOf("Body"), page.bodyStart());
        YamlScalar title = page.frontMatter().scalar("title").orElseThrow();
        assertEquals("Hello", title.value());
        assertEquals("Hello", page.textAt(title.range()));
        assertEquals(new Position(2, 8), page.lines().position(title.range().start()));
    }

    @Test
    void closingFenceWithTrailingBlanksOrDots() {
        Page blanks = parse("---\na: 1\n---  \t\nbody");
        assertEquals(Page.FrontMatterState.VALID, blanks.frontMatterState());
        assertEquals("body", blanks.body());
        Page dots = parse("---\na: 1\n...\nbody");
        assertEquals(Page.FrontMatterState.VALID, dots.frontMatterState());
        assertEquals("body", dots.body());
        assertEquals("1", dots.frontMatter().text("a").orElseThrow());
    }

    @Test
    void closingFenceAtTheEndOfTheFile() {
        String text = "---\na: 1\n---";
        Page page = parse(text);
        assertEquals(Page.FrontMatterState.VALID, page.frontMatterState());
        assertEquals(text.length(), page.bodyStart());
        assertEquals("", page.body());
    }

    @Test
    void noFrontMatter() {
        for (String text : new String[] {"", "# Title\n", "\n---\na: 1\n---\n", "----\na: 1\n----\n", "--- a\n"}) {
            Page page = parse(text);
            assertEquals(Page.FrontMatterState.ABSENT, page.frontMatterState(), text);
            assertNull(page.frontMatter(), text);
            assertEquals(0, page.bodyStart(), text);
            assertEquals(text, page.body(), text);
        }
    }

    @Test
    void openingFenceMayHaveTrailingBlanks() {
        Page page = parse("--- \na: 1\n---\n");
        assertEquals(Page.FrontMatterState.VALID, page.frontMatterState());
    }

    @Test
    void unclosedBlock() {
        String text = "---\ntitle: x\nbody\n";
        Page page = parse(text);
        assertEquals(Page.FrontMatterState.INVALID, page.frontMatterState());
        assertNull(page.frontMatter());
        assertEquals(1, page.frontMatterProblems().size());
        assertEquals(new Range(0, 3), page.frontMatterProblems().get(0).range());
        assertTrue(page.frontMatterProblems().get(0).message().contains("not closed"));
        assertEquals(text.length(), page.bodyStart());
    }

    @Test
    void emptyFrontMatterIsAnEmptyMapping() {
        for (String text : new String[] {"---\n---\nbody", "---\n# only a comment\n---\nbody", "---\n\n\n---\nbody"}) {
            Page page = parse(text);
            assertEquals(Page.FrontMatterState.VALID, page.frontMatterState(), text);
            assertTrue(page.frontMatter().root().entries().isEmpty(), text);
            assertEquals("body", page.body(), text);
        }
    }

    @Test
    void topLevelMustBeAMapping() {
        Page list = parse("---\n- a\n---\n");
        assertEquals(Page.FrontMatterState.INVALID, list.frontMatterState());
        assertNull(list.frontMatter());
        assertEquals("front matter must be a mapping of fields, not a list", list.frontMatterProblems().get(0).message());
        assertEquals(4, list.frontMatterProblems().get(0).range().start());
        Page scalar = parse("---\nhello\n---\n");
        assertEquals(Page.FrontMatterState.INVALID, scalar.frontMatterState());
        assertEquals("front matter must be a mapping of fields, not a single value",
                scalar.frontMatterProblems().get(0).message());
    }

    @Test
    void invalidYamlKeepsTheMappingWhenThereIsOne() {
        String text = "---\na: 1\nb: 2\na: 3\n---\n";
        Page page = parse(text);
        assertEquals(Page.FrontMatterState.INVALID, page.frontMatterState());
        assertEquals("1", page.frontMatter().text("a").orElseThrow()); // the first definition wins
        assertEquals(1, page.frontMatterProblems().size());
        assertEquals(text.lastIndexOf("a: 3"), page.frontMatterProblems().get(0).range().start());
    }

    @Test
    void blockScalarsAndStylesInAPage() {
        String text = "---\nanswer: >-\n  one\n  two\nquoted: 'it''s'\n---\nbody\n";
        Page page = parse(text);
        YamlScalar answer = page.frontMatter().scalar("answer").orElseThrow();
        assertEquals("one two", answer.value());
        assertEquals(ScalarStyle.FOLDED, answer.style());
        assertEquals(text.indexOf(">-"), answer.range().start());
        assertEquals(new Range(text.indexOf("one"), text.indexOf("two") + 3), answer.contentRange());
        YamlScalar quoted = page.frontMatter().scalar("quoted").orElseThrow();
        assertEquals("it's", quoted.value());
        assertEquals("'it''s'", page.textAt(quoted.range()));
        assertEquals("body\n", page.body());
    }

    @Test
    void linesAreBuiltOnce() {
        Page page = parse("---\na: 1\n---\n");
        assertTrue(page.lines() == page.lines());
        assertEquals(4, page.lines().lineCount());
    }
}
