package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What LanguageTool reads of a Markdown text: prose only, with markup standing in place. */
class MarkdownProseTest {

    private static String reads(String markdown) {
        return MarkdownProse.annotate(markdown).text().getPlainText();
    }

    @Test
    void plainProseIsReadAsItIs() {
        assertEquals("Ice floats on water.", reads("Ice floats on water."));
    }

    @Test
    void inlineCodeAndMathReadAsOnePlaceholderWord() {
        assertEquals("Use X1 to list files where X1 is positive.",
                reads("Use `ls` to list files where $x$ is positive."));
        assertEquals("Here X1 and X1 hold.", reads("Here \\(a\\) and $$b$$ hold."));
    }

    @Test
    void urlsReadAsAPlaceholderWhetherBareOrAutolinked() {
        assertEquals("See X1 or X1 for more.", reads("See https://example.com/teh-page or <http://x.org/recieve> for more."));
        assertEquals("Visit X1.", reads("Visit www.example.com/seperate."));
    }

    @Test
    void emphasisAndLinkTargetsAreMarkupButTheirTextIsProse() {
        assertEquals("A bold word and a link here.", reads("A **bold** word and a [link](https://example.com/x) here."));
    }

    @Test
    void codeBlocksHtmlAndImagesAreNotProse() {
        String text = reads("Before.\n\n```python\nprint('teh')\n```\n\n<div>recieve</div>\n\n![seperate](a.png) After.");
        assertFalse(text.contains("teh"), text);
        assertFalse(text.contains("recieve"), text);
        assertFalse(text.contains("seperate"), text);
        assertTrue(text.startsWith("Before.") && text.endsWith("After."), text);
    }

    @Test
    void blocksAreSeparateParagraphs() {
        assertEquals("Heading\n\nFirst item\n\nSecond item", reads("### Heading\n- First item\n- Second item"));
    }

    @Test
    void softLineBreaksInsideAParagraphAreSpaces() {
        assertEquals("One line and the next.", reads("One line\nand the next."));
    }

    @Test
    void aParagraphOfDisplayMathStaysInItsSentence() {
        assertEquals("The force is X1 where F is the force.", reads("The force is\n\n$$\nF = ma\n$$\n\nwhere F is the force."));
    }

    @Test
    void tableCellsAreProseAndPipesAreNot() {
        String text = reads("| Metal | Use |\n|---|---|\n| Iron | Tools |\n");
        assertFalse(text.contains("|"), text);
        assertTrue(text.contains("Iron") && text.contains("Tools"), text);
    }

    @Test
    void offsetsOfProseAreOffsetsIntoTheMarkdown() {
        String markdown = "A **teh** and `x` here.";
        MarkdownProse.Annotated annotated = MarkdownProse.annotate(markdown);
        int plain = annotated.text().getPlainText().indexOf("teh");
        assertEquals(markdown.indexOf("teh"), annotated.text().getOriginalTextPositionFor(plain, false));
        assertTrue(annotated.coversProse(markdown.indexOf("teh"), markdown.indexOf("teh") + 3));
        assertFalse(annotated.coversProse(markdown.indexOf('`'), markdown.lastIndexOf('`') + 1));
    }
}
