package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The way back from what LanguageTool reads to the characters of the file. */
class ProseSegmentTest {

    private static Page page(String frontMatter, String body) {
        return Page.parse(Path.of("p.md"), "p.md", "---\n" + frontMatter + "---\n" + body);
    }

    private static ProseSegment only(Page page, String field) {
        return ProseSegment.of(page, List.of(field)).stream().filter(s -> field.equals(s.field())).findFirst()
                .orElseThrow();
    }

    /** The file's characters for the segment's text from {@code from} to {@code to}. */
    private static String inFile(Page page, ProseSegment segment, String of) {
        int from = segment.text().indexOf(of);
        Range range = segment.fileRange(from, from + of.length());
        return page.text().substring(range.start(), range.end());
    }

    @Test
    void foldedLinesAreSpacesInTheTextAndLineBreaksInTheFile() {
        Page page = page("answer: >-\n    A tree could\n    of kept its leaves.\n", "");
        ProseSegment answer = only(page, "answer");
        assertEquals("A tree could of kept its leaves.", answer.text());
        assertEquals("could\n    of", inFile(page, answer, "could of"));
    }

    @Test
    void newlineEscapesAreLineBreaksInTheTextAndTwoCharactersInTheFile() {
        Page page = page("answer: >-\n    First part.\\n\\nSecond part.\n", "");
        ProseSegment answer = only(page, "answer");
        assertEquals("First part.\n\nSecond part.", answer.text());
        assertEquals("part.\\n\\nSecond", inFile(page, answer, "part.\n\nSecond"));
        assertEquals("Second", inFile(page, answer, "Second"));
    }

    @Test
    void literalBlocksKeepTheirIndentationInTheFile() {
        Page page = page("answer: |-\n    One line.\n    Its next line.\n", "");
        ProseSegment answer = only(page, "answer");
        assertEquals("Its", inFile(page, answer, "Its"));
        assertEquals("line.\n    Its", inFile(page, answer, "line.\nIts"));
    }

    @Test
    void quotedScalarsMapTheirEscapes() {
        Page page = page("title: \"Say \\\"teh\\\" twice\"\n", "");
        ProseSegment title = only(page, "title");
        assertEquals("Say \"teh\" twice", title.text());
        assertEquals("\\\"teh\\\"", inFile(page, title, "\"teh\""));
    }

    @Test
    void theBodyMapsOneForOne() {
        Page page = page("title: T\n", "Some body text.\n");
        ProseSegment body = ProseSegment.of(page, List.of()).get(0);
        assertEquals(null, body.field());
        assertEquals("body", inFile(page, body, "body"));
    }

    @Test
    void onlyNonEmptyTextFieldsAreProse() {
        Page page = page("title: 42\nquestion: ''\nanswer: Yes.\nseo:\n  page_description: Fine.\n", "");
        assertEquals(List.of("answer", "seo.page_description"), ProseSegment.of(page,
                List.of("title", "question", "answer", "seo.*")).stream().map(ProseSegment::field).toList());
    }
}
