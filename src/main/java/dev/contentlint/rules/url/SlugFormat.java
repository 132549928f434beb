package dev.contentlint.rules.url;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.Slugs;

@RuleInfo(id = "slug-format", summary = "The page slug in url and file_name uses only a-z, 0-9 and single inner hyphens",
        severity = Severity.WARNING, tags = "url")
public final class SlugFormat extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        address.urlSlug().ifPresent(slug -> {
            String problem = Slugs.problem(slug.text());
            if (problem != null) {
                context.report(address.urlPath(), slug.range(), "url slug '" + slug.text() + "' is malformed: " + problem);
            }
        });
        address.fileStem().ifPresent(stem -> {
            String problem = Slugs.problem(stem.text());
            if (problem != null) {
                context.report(address.fileNamePath(), stem.range(),
                        "file name slug '" + stem.text() + "' is malformed: " + problem);
            }
        });
    }
}
