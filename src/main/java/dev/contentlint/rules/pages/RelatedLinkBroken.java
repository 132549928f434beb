package dev.contentlint.rules.pages;

import dev.contentlint.links.LinkResolver;
import dev.contentlint.links.PageLinks;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

/** Asks the {@link LinkResolver} where each link leads, so that it follows the site's template, case and redirects. */
@RuleInfo(id = "related-link-broken", summary = "Related links and links to site paths lead to a page of the repository",
        severity = Severity.ERROR, tags = {"pages", "links"},
        options = @RuleInfo.Option(name = "markdown-fields", type = OptionType.STRING_LIST, defaultValue = "answer",
                description = "Fields whose Markdown links to site paths are checked too (the body always is)"))
public final class RelatedLinkBroken extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        LinkResolver links = context.links();
        if (links == null) {
            return;
        }
        // A related link holds another page's url field itself, not a link the template describes.
        for (RelatedLinks.Link link : RelatedLinks.of(page, context).links()) {
            String url = link.url().value().strip();
            if (links.pagesWithUrl(url).isEmpty()) {
                context.report(link.urlPath(), link.urlRange(), "related link '" + url + "' leads to no page: no page"
                        + " of the repository has this url");
            }
        }
        for (PageLinks.PageLink link : PageLinks.of(page, context.options().strings("markdown-fields"),
                links.settings())) {
            if (links.resolve(link) instanceof LinkResolver.Pages pages && pages.broken()) {
                context.report(link.field(), link.range(), (link.macro() == null ? "link to '" + link.target() + "'"
                        : link.macro() + " links to '" + link.target() + "', which")
                        + (pages.redirects().isEmpty() ? "" : " redirects to '" + pages.redirects().get(
                                pages.redirects().size() - 1) + "' and")
                        + " leads to no page: no page of the repository has this url");
            }
        }
    }
}
