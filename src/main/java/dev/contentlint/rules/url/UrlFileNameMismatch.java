package dev.contentlint.rules.url;

import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.fix.ValueEdits;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.Fixability;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "url-file-name-mismatch", summary = "The url's last segment is the file_name without its extension",
        severity = Severity.ERROR, fix = Fixability.UNSAFE, tags = "url")
public final class UrlFileNameMismatch extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        address.urlSlug().ifPresent(slug -> address.fileStem().ifPresent(stem -> {
            if (!slug.text().equals(stem.text())) {
                context.report(address.fileNamePath(), address.fileName().contentRange(),
                        "file name '" + address.fileName().value() + "' does not match the url's last segment '"
                                + slug.text() + "'", fix(page, address, slug.text(), stem.text()));
            }
        }));
    }

    /**
     * Makes file_name follow the url, keeping its extension. Unsafe: the file on disk keeps
     * its name, so file-name-mismatch may report it next, and the url might be the one at fault.
     */
    private static Fix fix(Page page, PageAddress address, String slug, String stem) {
        String fileName = slug + address.fileName().value().substring(stem.length());
        TextEdit edit = ValueEdits.replace(page.text(), address.fileName(), fileName);
        return edit == null ? null : Fix.unsafe("set " + address.fileNamePath() + " to '" + fileName + "'",
                FieldChange.to(address.fileNamePath(), fileName), edit);
    }
}
