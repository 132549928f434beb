package dev.contentlint.site;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Markdown of a page's text role and body, parsed with flexmark (blocks and inlines: what a
 * link check needs), with the way back to the file. Headings need only blocks: {@link Headings}.
 */
final class SiteMarkdown {
    private static final Parser FULL = Parser.builder().build();

    /** One parsed piece: the segment (field or body) and its document. */
    record Part(ProseSegment segment, Document document) {}

    private SiteMarkdown() {}

    /** Each piece that {@code worthParsing} accepts, parsed. */
    static List<Part> full(Page page, FieldRoles fields, Predicate<String> worthParsing) {
        List<Part> parts = new ArrayList<>(2);
        for (ProseSegment segment : PageText.of(page, fields).segments()) {
            if (worthParsing.test(segment.text())) {
                parts.add(new Part(segment, FULL.parse(segment.text())));
            }
        }
        return parts;
    }
}
