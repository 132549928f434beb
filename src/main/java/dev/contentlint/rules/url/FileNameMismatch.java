package dev.contentlint.rules.url;

import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "file-name-mismatch", summary = "The file_name field is the page's real file name",
        severity = Severity.ERROR, tags = "url")
public final class FileNameMismatch extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        if (address.fileName() == null || page.file() == null) {
            return;
        }
        String actual = page.file().getFileName().toString();
        if (!address.fileName().value().strip().equals(actual)) {
            context.report(address.fileNamePath(), address.fileName().contentRange(),
                    "file name '" + address.fileName().value() + "' is not the page's real file name '" + actual + "'");
        }
    }
}
