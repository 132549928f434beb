package dev.contentlint.site;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Markdown of a page's text role and body, parsed with flexmark, with the way back to the
 * file: either its blocks alone (headings, code blocks, lists), or blocks and inlines (links).
 */
final class SiteMarkdown {
    /** Blocks and inlines: what a link check needs. */
    private static final Parser FULL = Parser.builder().build();
    /**
     * Blocks only: a heading's text is its block's, so the inline parser, most of flexmark's
     * time on prose, is skipped. On the corpus this took heading-structure from about 13 s of
     * CPU to about 3.
     */
    private static final Parser BLOCKS = Parser.builder().customInlineParserFactory(
            (options, special, delimiters, processors, references, extensions) -> new InlineParserImpl(options,
                    special, delimiters, processors, references, extensions) {
                @Override
                public void parse(BasedSequence content, Node block) {
                    // inlines are not needed
                }
            }).build();

    /** One parsed piece: the segment (field or body) and its document. */
    record Part(ProseSegment segment, Document document) {}

    private SiteMarkdown() {}

    /** The blocks of each piece that {@code worthParsing} accepts. */
    static List<Part> blocks(Page page, FieldRoles fields, Predicate<String> worthParsing) {
        return parse(page, fields, worthParsing, BLOCKS);
    }

    /** Blocks and inlines of each piece that {@code worthParsing} accepts. */
    static List<Part> full(Page page, FieldRoles fields, Predicate<String> worthParsing) {
        return parse(page, fields, worthParsing, FULL);
    }

    private static List<Part> parse(Page page, FieldRoles fields, Predicate<String> worthParsing, Parser parser) {
        List<Part> parts = new ArrayList<>(2);
        for (ProseSegment segment : PageText.of(page, fields).segments()) {
            if (worthParsing.test(segment.text())) {
                parts.add(new Part(segment, parser.parse(segment.text())));
            }
        }
        return parts;
    }
}
