package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseParagraphsTest {
    private static List<String> texts(String markdown) {
        return ProseParagraphs.of(markdown).stream().map(p -> {
            assertEquals(p.text(), markdown.substring(p.offset(), p.offset() + p.text().length()));
            return p.text();
        }).toList();
    }

    @Test
    void blankLinesSplitParagraphsWhichAreTrimmed() {
        assertEquals(List.of("One. Two.", "Three.", "Four."), texts("\n\nOne. Two.\n\n\nThree.\n  \nFour.\n\n"));
    }

    @Test
    void aFencedCodeBlockWithBlankLinesStaysWhole() {
        assertEquals(List.of("Before.", "```\ncode\n\nmore code\n```", "After."),
                texts("Before.\n\n```\ncode\n\nmore code\n```\n\nAfter."));
    }

    @Test
    void anIndentedLineAfterABlankLineContinuesTheBlock() {
        assertEquals(List.of("- item\n\n  still the item", "Next."), texts("- item\n\n  still the item\n\nNext."));
    }

    @Test
    void htmlCommentsAndPreElementsStayWhole() {
        assertEquals(List.of("<!-- a\n\nb -->", "<pre>\nx\n\ny\n</pre>", "Text."),
                texts("<!-- a\n\nb -->\n\n<pre>\nx\n\ny\n</pre>\n\nText."));
    }

    @Test
    void crlfLineBreaksAreNotPartOfAParagraph() {
        assertEquals(List.of("One.", "Two."), texts("One.\r\n\r\nTwo.\r\n"));
    }
}
