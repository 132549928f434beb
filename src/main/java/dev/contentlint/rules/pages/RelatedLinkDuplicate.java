package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(id = "related-link-duplicate", summary = "A page links to each related page once, and never to itself",
        severity = Severity.WARNING, tags = {"pages", "links"})
public final class RelatedLinkDuplicate extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        String own = PageIndex.value(page.frontMatter(), context.fields(), FieldRole.URL);
        Map<String, String> first = new HashMap<>();
        for (RelatedLinks.Link link : RelatedLinks.of(page, context).links()) {
            String url = link.url().value().strip();
            if (url.equals(own)) {
                context.report(link.urlPath(), link.urlRange(), "related link '" + url + "' leads to this page itself");
            } else if (first.containsKey(url)) {
                context.report(link.urlPath(), link.urlRange(), "related link '" + url + "' repeats " + first.get(url));
            } else {
                first.put(url, link.path());
            }
        }
    }
}
