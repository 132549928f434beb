package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageMarkdownTest {
    @Test
    void bodyIsParsedAsCommonMarkWithOffsetsFromTheBodyStart() {
        String text = "---\ntitle: T\n---\n# Heading\n\nSee [the guide](/learn/x/questions/y).\n";
        Page page = Page.parse(Path.of("p.md"), "p.md", text);
        Document document = page.markdown();

        Node heading = document.getFirstChild();
        Node paragraph = heading.getNext();
        assertEquals(Heading.class, heading.getClass());
        assertEquals(Paragraph.class, paragraph.getClass());
        Link link = (Link) paragraph.getFirstChild().getNext();
        assertEquals("/learn/x/questions/y", link.getUrl().toString());
        // Node offsets count from the body; adding bodyStart gives the page's own offsets.
        int linkStart = page.bodyStart() + link.getStartOffset();
        assertEquals(text.indexOf("[the guide]"), linkStart);
        assertSame(document, page.markdown(), "parsed once, on first use");
    }
}
