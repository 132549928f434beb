package dev.contentlint.rules.pages;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseSegment;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.List;

@RuleInfo(id = "related-link-broken", summary = "Related links and links to site paths lead to a page of the repository",
        severity = Severity.ERROR, tags = {"pages", "links"},
        options = @RuleInfo.Option(name = "markdown-fields", type = OptionType.STRING_LIST, defaultValue = "answer",
                description = "Fields whose Markdown links to site paths are checked too (the body always is)"))
public final class RelatedLinkBroken extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageIndex index = context.index();
        if (index == null) {
            return;
        }
        for (RelatedLinks.Link link : RelatedLinks.of(page, context).links()) {
            String url = link.url().value().strip();
            if (index.pagesWithUrl(url).isEmpty()) {
                context.report(link.urlPath(), link.urlRange(), "related link '" + url + "' leads to no page: no page"
                        + " of the repository has this url");
            }
        }
        // Parsing Markdown costs more than the rest of the rule; only text with a link is parsed.
        List<String> fields = context.options().strings("markdown-fields").stream()
                .filter(field -> page.frontMatter().text(field).filter(RelatedLinkBroken::mayHaveLinks).isPresent())
                .toList();
        for (ProseSegment segment : ProseSegment.of(page, fields)) {
            if (segment.field() != null || mayHaveLinks(segment.text())) {
                checkLinks(segment, index, context);
            }
        }
    }

    /** An inline link "](" or a link reference definition "]:"; one pass over the text, for both. */
    private static boolean mayHaveLinks(String text) {
        for (int at = text.indexOf(']'); at >= 0 && at + 1 < text.length(); at = text.indexOf(']', at + 1)) {
            char next = text.charAt(at + 1);
            if (next == '(' || next == ':') {
                return true;
            }
        }
        return false;
    }

    /** Markdown links whose target is a site path ({@code /learn/…}), without its #fragment or ?query. */
    private static void checkLinks(ProseSegment segment, PageIndex index, RuleContext context) {
        Node document = MARKDOWN.parse(segment.text());
        new NodeVisitor(new VisitHandler<>(Link.class, link -> {
            String target = link.getUrl().toString();
            if (!target.startsWith("/") || target.startsWith("//")) {
                return;
            }
            String path = target.replaceAll("[?#].*$", "");
            String withoutSlash = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (index.pagesWithUrl(path).isEmpty() && index.pagesWithUrl(withoutSlash).isEmpty()) {
                int start = link.getUrl().getStartOffset();
                context.report(segment.field(), segment.fileRange(start, start + target.length()),
                        "link to '" + target + "' leads to no page: no page of the repository has this url");
            }
        })).visit(document);
    }

    private static final com.vladsch.flexmark.parser.Parser MARKDOWN = com.vladsch.flexmark.parser.Parser.builder().build();
}
