package dev.contentlint.rules.url;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "url-file-name-mismatch", summary = "The url's last segment is the file_name without its extension",
        severity = Severity.ERROR, tags = "url")
public final class UrlFileNameMismatch extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        address.urlSlug().ifPresent(slug -> address.fileStem().ifPresent(stem -> {
            if (!slug.text().equals(stem.text())) {
                context.report(address.fileNamePath(), address.fileName().contentRange(),
                        "file name '" + address.fileName().value() + "' does not match the url's last segment '"
                                + slug.text() + "'");
            }
        }));
    }
}
