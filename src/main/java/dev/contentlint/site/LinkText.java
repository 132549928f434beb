package dev.contentlint.site;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(id = "link-text", summary = "A link's text says where it leads: not empty, not generic such as \"click here\"",
        severity = Severity.WARNING, tags = {"site", "markdown", "links"},
        options = @RuleInfo.Option(name = "generic", type = OptionType.STRING_LIST,
                defaultValue = "click here, click this, go, here, information, learn more, more, more info,"
                        + " more information, right here, read more, see more, start, this",
                description = "Link texts that say nothing of the target, compared by their words, without case or punctuation"
                        + " (Lighthouse's English list)"))
public final class LinkText extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        List<SiteMarkdown.Part> parts = SiteMarkdown.full(page, context.fields(), LinkText::mayHaveLinks);
        if (parts.isEmpty()) {
            return; // most pages: no link, and no need of the generic texts
        }
        Set<String> generic = new HashSet<>();
        context.options().strings("generic").forEach(text -> generic.add(normalize(text)));
        for (SiteMarkdown.Part part : parts) {
            new NodeVisitor(new VisitHandler<>(Link.class, link -> {
                String text = link.getText().toString();
                int start = link.getStartOffset();
                var range = part.segment().fileRange(start, link.getEndOffset());
                if (normalize(text).isEmpty()) {
                    context.report(part.segment().field(), range, "link to '" + link.getUrl() + "' has no text;"
                            + " readers and screen readers cannot tell where it leads");
                } else if (generic.contains(normalize(text))) {
                    context.report(part.segment().field(), range, "link text '" + text.strip() + "' is generic;"
                            + " say where the link leads (for example, the target page's title)");
                }
            })).visit(part.document());
        }
    }

    /** An inline link, a reference link or a link reference definition: "](", "][" or "]:", found in one pass. */
    static boolean mayHaveLinks(String markdown) {
        for (int i = markdown.indexOf(']'); i >= 0 && i + 1 < markdown.length(); i = markdown.indexOf(']', i + 1)) {
            char next = markdown.charAt(i + 1);
            if (next == '(' || next == '[' || next == ':') {
                return true;
            }
        }
        return false;
    }

    /** The text's words, lower-cased, without markup or punctuation: "**Read more…**" is "read more". */
    private static String normalize(String text) {
        return String.join(" ", SiteText.words(text));
    }
}
