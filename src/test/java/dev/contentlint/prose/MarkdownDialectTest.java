package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.contentlint.config.MarkdownDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MDN's Markdown: macros are markup, definition lists' colons are markup, and offsets stay the Markdown's. */
class MarkdownDialectTest {
    private static final MarkdownDialect MDN = new MarkdownDialect(
            List.of(Pattern.compile("\\{\\{[^{}]*\\}\\}")),
            List.of(Pattern.compile("(?m)^\\{\\{[^{}]*\\}\\}$")), true);

    private static String plain(String markdown, MarkdownDialect dialect) {
        return MarkdownProse.annotate(markdown, dialect).text().getPlainText();
    }

    @Test
    void anInlineMacroReadsAsOnePlaceholderWord() {
        String markdown = "Use {{cssxref(\"&lt;color&gt;\")}} values here.";
        assertEquals("Use X1 values here.", plain(markdown, MDN));
        assertEquals("Use {{cssxref(\"<color>\")}} values here.", plain(markdown, MarkdownDialect.NONE));
    }

    @Test
    void theSpaceBetweenCodeAndAMacroIsMarkupSoNoWordRepeats() {
        String markdown = "- `width` {{deprecated_inline}}\n";
        MarkdownProse.Annotated annotated = MarkdownProse.annotate(markdown, MDN);
        assertFalse(annotated.coversProse(0, markdown.length() - 1), annotated.text().getPlainText());
        assertTrue(MarkdownProse.annotate(markdown, MarkdownDialect.NONE).coversProse(0, markdown.length() - 1));
    }

    @Test
    void aBlockMacroIsNotProseAtAll() {
        assertEquals("Intro.\n\nMore.", plain("Intro.\n\n{{Specifications}}\n\nMore.\n", MDN).strip());
    }

    @Test
    void aDefinitionListReadsAsATermThenItsDefinition() {
        String markdown = "- `auto`\n  - : The browser picks the value.\n- term\n  - : Its meaning.\n";
        String text = plain(markdown, MDN);
        assertFalse(text.contains(":"), text);
        assertTrue(text.contains("The browser picks the value."), text);
        assertTrue(plain(markdown, MarkdownDialect.NONE).contains(": The browser"));
    }

    @Test
    void offsetsInTheAnnotatedTextStayOffsetsIntoTheMarkdown() {
        String markdown = "- term\n  - : A {{glossary(\"CSS\")}} definition wiht a typo.\n";
        MarkdownProse.Annotated annotated = MarkdownProse.annotate(markdown, MDN);
        String plain = annotated.text().getPlainText();
        int inPlain = plain.indexOf("wiht");
        int inMarkdown = annotated.text().getOriginalTextPositionFor(inPlain, false);
        assertEquals(markdown.indexOf("wiht"), inMarkdown);
        assertFalse(annotated.coversProse(markdown.indexOf("{{"), markdown.indexOf("}}") + 2));
        assertFalse(annotated.coversProse(markdown.indexOf(':'), markdown.indexOf(':') + 1));
    }
}
