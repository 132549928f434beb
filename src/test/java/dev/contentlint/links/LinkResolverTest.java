package dev.contentlint.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.config.Transform;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links as MDN writes them: a template, any case, redirects, macros, a checkout of some sections. */
class LinkResolverTest {
    private static final PageIndex INDEX = new PageIndex(List.of(
            new PageIndex.Entry("/r/files/en-us/web/css/index.md", null, "Web/CSS", "CSS", null),
            new PageIndex.Entry("/r/files/en-us/web/css/reference/properties/color/index.md", null,
                    "Web/CSS/Reference/Properties/color", "color", null),
            new PageIndex.Entry("/r/files/en-us/glossary/color_wheel/index.md", null, "Glossary/Color_wheel", "Color wheel",
                    null),
            new PageIndex.Entry("/r/files/en-us/glossary/index.md", null, "Glossary", "Glossary", null)), p -> p);
    private static final LinkSettings.Macro CSSXREF = new LinkSettings.Macro(
            Pattern.compile("(?i)\\{\\{\\s*cssxref\\(\\s*\"([^\"]+)\""),
            List.of("/en-US/docs/Web/CSS/{1}", "/en-US/docs/Web/CSS/Reference/Properties/{1}"),
            new Transform(false, Map.of("&lt;", "", "&gt;", "")));
    private static final LinkSettings.Macro GLOSSARY = new LinkSettings.Macro(
            Pattern.compile("(?i)\\{\\{\\s*glossary\\(\\s*\"([^\"]+)\""), List.of("/en-US/docs/Glossary/{1}"),
            new Transform(false, Map.of(" ", "_")));
    private static final LinkSettings MDN = new LinkSettings("/en-US/docs/{url...}", true,
            Map.of("/en-US/docs/Web/CSS/colour", "/en-US/docs/Web/CSS/old-color",
                    "/en-US/docs/Web/CSS/old-color", "/en-US/docs/Web/CSS/Reference/Properties/color",
                    "/en-US/docs/Web/CSS/loop-a", "/en-US/docs/Web/CSS/loop-b",
                    "/en-US/docs/Web/CSS/loop-b", "/en-US/docs/Web/CSS/loop-a",
                    "/en-US/docs/Web/CSS/gone", "https://example.org/"),
            List.of(CSSXREF, GLOSSARY), true);
    private static final LinkResolver RESOLVER = new LinkResolver(MDN, INDEX);

    private static LinkResolver.Pages pages(String link) {
        return assertInstanceOf(LinkResolver.Pages.class, RESOLVER.resolve(link));
    }

    @Test
    void theTemplateNamesAPageByItsUrlFieldInAnyCase() {
        assertEquals("Web/CSS/Reference/Properties/color",
                pages("/en-US/docs/Web/CSS/Reference/Properties/color").pages().get(0).url());
        assertEquals(1, pages("/EN-us/docs/web/css/reference/properties/COLOR#syntax").pages().size());
        assertEquals(1, pages("/en-US/docs/Web/CSS/").pages().size());
        assertEquals(1, RESOLVER.pagesWithUrl("web/css/REFERENCE/properties/color").size(),
                "duplicate-url compares urls the same way");
    }

    @Test
    void redirectsAreFollowedThroughChains() {
        LinkResolver.Pages found = pages("/en-US/docs/Web/CSS/Colour");
        assertEquals(1, found.pages().size());
        assertEquals(List.of("/en-US/docs/Web/CSS/old-color", "/en-US/docs/Web/CSS/Reference/Properties/color"),
                found.redirects());
        assertTrue(pages("/en-US/docs/Web/CSS/loop-a").broken(), "a loop of redirects leads nowhere");
        assertInstanceOf(LinkResolver.Outside.class, RESOLVER.resolve("/en-US/docs/Web/CSS/gone"),
                "a redirect out of the site leaves it");
    }

    @Test
    void linksOutsideTheTemplateOrBelowNoPageAreNotJudged() {
        assertInstanceOf(LinkResolver.Outside.class, RESOLVER.resolve("https://developer.mozilla.org/"));
        assertInstanceOf(LinkResolver.Outside.class, RESOLVER.resolve("/en-US/blog/post"));
        assertInstanceOf(LinkResolver.Unjudged.class, RESOLVER.resolve("/en-US/docs/Web/API/Element"));
        assertTrue(pages("/en-US/docs/Web/CSS/no-such-property").broken());
        assertTrue(pages("/en-US/docs/Glossary/No_such_term").broken());
    }

    @Test
    void withoutATemplateASitePathIsTheUrlItself() {
        LinkResolver plain = new LinkResolver(LinkSettings.defaults(),
                new PageIndex(List.of(new PageIndex.Entry("/r/a.md", "1", "/learn/a", "A", null)), p -> p));
        assertEquals(1, ((LinkResolver.Pages) plain.resolve("/learn/a/?x=1")).pages().size());
        assertTrue(((LinkResolver.Pages) plain.resolve("/learn/A")).broken(), "case counts unless the profile says not");
        assertInstanceOf(LinkResolver.Outside.class, plain.resolve("//cdn.example.org/a"));
        assertInstanceOf(LinkResolver.Outside.class, plain.resolve("learn/a"));
        assertEquals(1, plain.pagesWithUrl("/learn/a").size());
    }

    @Test
    void macrosOutsideCodeAndNotEscapedWriteLinksAndTheFirstCandidateThatLeadsToAPageWins() {
        Page page = Page.parse(Path.of("/r/files/en-us/x/index.md"), "x", """
                ---
                slug: X
                ---
                See {{cssxref("color")}}, {{CSSxRef("&lt;colour&gt;")}} and {{Glossary("Color wheel")}}.

                `{{cssxref("in-code")}}`

                Shown, not called: \\{{cssxref("escaped")}} and \\\\{{cssxref("escaped-twice")}}.

                ```
                {{cssxref("in-a-block")}}
                ```

                A [link](/en-US/docs/Glossary "the glossary").
                """);
        List<PageLinks.PageLink> links = PageLinks.of(page, List.of(), MDN);
        assertEquals(java.util.Arrays.asList("{{cssxref(\"color\"", "{{CSSxRef(\"&lt;colour&gt;\"", "{{Glossary(\"Color wheel\"", null),
                links.stream().map(PageLinks.PageLink::macro).toList());
        assertEquals("/en-US/docs/Glossary/Color_wheel", links.get(2).target());
        assertEquals("/en-US/docs/Glossary", links.get(3).target());
        assertEquals(1, ((LinkResolver.Pages) RESOLVER.resolve(links.get(0))).pages().size(),
                "found through the second candidate");
        assertEquals(1, ((LinkResolver.Pages) RESOLVER.resolve(links.get(1))).pages().size(), "through a redirect");
        assertEquals(1, ((LinkResolver.Pages) RESOLVER.resolve(links.get(2))).pages().size());
        String text = page.text();
        assertEquals("{{cssxref(\"color\"", text.substring(links.get(0).range().start(), links.get(0).range().end()));
        assertEquals("/en-US/docs/Glossary", text.substring(links.get(3).range().start(), links.get(3).range().end()));
    }
}
