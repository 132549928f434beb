package dev.contentlint.links;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.google.re2j.Matcher;
import dev.contentlint.config.LinkSettings;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.prose.ProseSegment;
import dev.contentlint.text.MarkdownCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The links a page writes in its Markdown, in the body and in the given front-matter fields:
 * Markdown links, and the links that the profile's macros write ({@code {{cssxref("color")}}}
 * outside code).
 */
public final class PageLinks {
    private static final Parser MARKDOWN = Parser.builder().build();

    private PageLinks() {}

    /**
     * One link: the field it is in (null for the body), the characters of the file that hold
     * it, where it leads as written (a macro's candidates, the first that leads to a page
     * winning), and the macro call that wrote it (null for a Markdown link).
     */
    public record PageLink(String field, Range range, List<String> targets, String macro) {
        public PageLink {
            targets = List.copyOf(targets);
        }

        /** The link as written, or a macro's first candidate. */
        public String target() {
            return targets.get(0);
        }
    }

    public static List<PageLink> of(Page page, List<String> markdownFields, LinkSettings settings) {
        List<PageLink> links = new ArrayList<>();
        // Parsing Markdown costs more than the rest; a field is parsed only when it may hold a link.
        List<String> fields = markdownFields.stream()
                .filter(field -> page.frontMatter() != null
                        && page.frontMatter().text(field).filter(text -> mayHaveLinks(text, settings)).isPresent())
                .toList();
        for (ProseSegment segment : ProseSegment.of(page, fields)) {
            if (mayHaveLinks(segment.text(), settings)) {
                collect(segment, settings, links);
            }
        }
        return links;
    }

    /** An inline link "](", a link reference definition "]:", or a macro's match. */
    private static boolean mayHaveLinks(String text, LinkSettings settings) {
        // One pass for both: ']' is rare in prose.
        for (int bracket = text.indexOf(']'); bracket >= 0 && bracket + 1 < text.length();
                bracket = text.indexOf(']', bracket + 1)) {
            char next = text.charAt(bracket + 1);
            if (next == '(' || next == ':') {
                return true;
            }
        }
        for (LinkSettings.Macro macro : settings.macros()) {
            if (macro.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(ProseSegment segment, LinkSettings settings, List<PageLink> links) {
        Node document = MARKDOWN.parse(segment.text());
        new NodeVisitor(new VisitHandler<>(Link.class, link -> {
            String target = link.getUrl().toString();
            int start = link.getUrl().getStartOffset();
            links.add(new PageLink(segment.field(), segment.fileRange(start, start + target.length()), List.of(target),
                    null));
        })).visit(document);
        List<int[]> code = settings.macros().isEmpty() ? List.of() : MarkdownCode.spans(document);
        for (LinkSettings.Macro macro : settings.macros()) {
            Matcher m = macro.pattern().matcher(segment.text());
            while (m.find()) {
                if (m.group(1) != null && !MarkdownCode.inside(code, m.start())
                        && !escaped(segment.text(), m.start())) {
                    links.add(new PageLink(segment.field(), segment.fileRange(m.start(), m.end()),
                            macro.linksFor(m.group(1)), m.group()));
                }
            }
        }
        links.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    }

    /**
     * A match right after a backslash is written out, not called: MDN writes
     * {@code \{{domxref("XYZ")}}} (or {@code \\{{…}}}) to show a macro in its guides, as a
     * Markdown backslash makes the next character literal.
     */
    private static boolean escaped(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '\\';
    }
}
