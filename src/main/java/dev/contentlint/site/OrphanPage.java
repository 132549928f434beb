package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "orphan-page", summary = "Some other page of the repository links to the page",
        severity = Severity.INFO, tags = {"pages", "site", "links"},
        options = {
                @RuleInfo.Option(name = "hub", type = OptionType.STRING,
                        description = "The url of the site's hub page, for the audit's count of pages too many clicks"
                                + " from it (none by default)"),
                @RuleInfo.Option(name = "max-clicks", type = OptionType.INTEGER, defaultValue = "3",
                        description = "How many clicks from the hub a page may be, in the audit's count")})
public final class OrphanPage extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageIndex index = context.index();
        String path = context.fields().path(FieldRole.URL).orElse(null);
        if (index == null || path == null || page.frontMatter().scalar(path).isEmpty()) {
            return;
        }
        SiteGraph graph = SiteGraph.of(index);
        PageIndex.Entry own = graph.entry(page.file());
        if (own == null || own.url() == null || graph.inbound(own) > 0) {
            return;
        }
        context.report(path, page.frontMatter().scalar(path).orElseThrow().contentRange(), "no other page links to '"
                + own.url() + "': no related link or Markdown link of the repository's " + String.format("%,d", index.size())
                + " pages leads here, so readers and crawlers reach it only from outside the site");
    }

    @Override
    public void prepare(PageIndex index, RuleOptions options) {
        SiteGraph.of(index);
    }
}
