package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the index keeps of a page's links and text, and the link graph built from it. */
class SiteGraphTest {
    static final FieldRoles ROLES = new FieldRoles(Map.of(FieldRole.URL, "url", FieldRole.RELATED,
            "related_article", FieldRole.TEXT, "answer", FieldRole.SEO_TITLE, "seo.title"));

    static PageIndex.Entry entry(String stem, String answer, String... related) {
        StringBuilder text = new StringBuilder("---\nurl: /learn/x/questions/" + stem + "\nseo:\n  title: T " + stem + "\n");
        for (int i = 0; i < related.length; i++) {
            text.append("related_article").append(i + 1).append(":\n  url: ").append(related[i]).append('\n');
        }
        text.append("answer: >-\n    ").append(answer).append("\n---\n");
        String file = "/site/" + stem + ".md";
        Page page = Page.parse(Path.of(file), stem + ".md", text.toString());
        return new PageIndex.Entry(file, null, "/learn/x/questions/" + stem, null, null, SiteFacts.of(page, ROLES));
    }

    @Test
    void relatedLinksAndMarkdownLinksToSitePathsAreKeptOnceEachWithoutFragmentQueryOrTrailingSlash() {
        PageIndex.Entry a = entry("a", "See [b](/learn/x/questions/b/#why) and [b again](/learn/x/questions/b?x=1),"
                + " [elsewhere](https://example.com/learn/x/questions/c) and [c](/learn/x/questions/c).",
                "/learn/x/questions/b");
        assertEquals(List.of("/learn/x/questions/b", "/learn/x/questions/c"), a.site().links());
        assertEquals("T a", a.site().seoTitle());
        assertNull(a.site().description());
    }

    @Test
    void inboundLinksCountOtherPagesOnceAndTheHubReachesPagesClickByClick() {
        List<PageIndex.Entry> entries = new ArrayList<>();
        entries.add(entry("hub", "Start here.", "/learn/x/questions/a", "/learn/x/questions/hub"));
        entries.add(entry("a", "Then [b](/learn/x/questions/b) and [b](/learn/x/questions/b/).", "/learn/x/questions/b"));
        entries.add(entry("b", "Then [c](/learn/x/questions/c)."));
        entries.add(entry("c", "The end."));
        entries.add(entry("lost", "Nothing links here.", "/learn/x/questions/a"));
        PageIndex index = new PageIndex(entries, file -> file);
        SiteGraph graph = SiteGraph.of(index);
        assertEquals(0, graph.inbound(entries.get(0)), "the hub's link to itself does not count");
        assertEquals(2, graph.inbound(entries.get(1)), "from the hub and from lost");
        assertEquals(1, graph.inbound(entries.get(2)), "three links from a are one linking page");
        assertEquals(0, graph.inbound(entries.get(4)));
        assertEquals(2, graph.inboundHistogram()[0]);
        assertEquals(List.of("c", "lost"), graph.fartherThan("/learn/x/questions/hub", 2).stream()
                .map(e -> e.file().replaceAll(".*/|\\.md", "")).toList(), "c is 3 clicks away; lost is out of reach");
        assertNull(graph.fartherThan("/learn/x/questions/nowhere", 2));
        assertEquals(graph, SiteGraph.of(index), "made once an index");
    }
}
