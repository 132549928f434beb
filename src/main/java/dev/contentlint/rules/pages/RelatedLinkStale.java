package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.List;

@RuleInfo(id = "related-link-stale", summary = "A related link's id, title and subject are the target page's own",
        severity = Severity.WARNING, tags = {"pages", "links"})
public final class RelatedLinkStale extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageIndex index = context.index();
        if (index == null) {
            return;
        }
        for (RelatedLinks.Link link : RelatedLinks.of(page, context).links()) {
            List<PageIndex.Entry> targets = context.links().pagesWithUrl(link.url().value().strip());
            if (targets.size() != 1) {
                continue; // no target is related-link-broken's; several are duplicate-url's
            }
            PageIndex.Entry target = targets.get(0);
            compare(context, link, "id", target.id(), index, target);
            compare(context, link, context.fields().path(FieldRole.TITLE).orElse("title"), target.title(), index,
                    target);
            compare(context, link, context.fields().path(FieldRole.SUBJECT).orElse("subject"), target.subject(),
                    index, target);
        }
    }

    /**
     * The link's {@code key} holds what the target's field of the same name holds. The target
     * is named only in a finding: naming it costs path arithmetic, and most links agree.
     */
    private static void compare(RuleContext context, RelatedLinks.Link link, String key, String expected,
            PageIndex index, PageIndex.Entry target) {
        YamlScalar scalar = link.scalar(key);
        if (scalar == null || expected == null || scalar.value().strip().equals(expected)) {
            return;
        }
        context.report(link.path() + "." + key, scalar.contentRange(), "related link " + key + " '"
                + scalar.value().strip() + "' differs from the target page's " + key + " '" + expected + "' ("
                + index.displayPath(target) + ")");
    }
}
