package dev.contentlint.rules.url;

import dev.contentlint.text.Slashes;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.config.Layout;
import dev.contentlint.config.Layouts;
import java.util.Optional;

/**
 * Applies to pages whose path matches a layout's path pattern (the first that matches); others
 * have no expected url, and a page under a layout's folder that no pattern matches is reported
 * once, so that a page nested one folder too deep is not skipped without a word.
 */
@RuleInfo(id = "url-path-mismatch", summary = "The url is the one that the layout gives for the page's path",
        severity = Severity.ERROR, tags = "url")
public final class UrlPathMismatch extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        if (address.url() == null || page.file() == null) {
            return;
        }
        String path = Slashes.of(page.file().toAbsolutePath().normalize().toString());
        Optional<Layouts.PathMatch> match = context.layout().matchPath(path);
        if (match.isEmpty()) {
            context.layout().unmatchedFolder(path).ifPresent(folder -> context.report(address.urlPath(),
                    address.url().contentRange(), "the page's path is under '" + folder + "' but no layout's path"
                            + " pattern matches it (" + patterns(context.layout()) + "), so its url is not checked"));
            return;
        }
        String actual = PageAddress.bareUrl(address.url().value());
        match.get().layout().urlProblem(actual, match.get().variables()).ifPresent(problem -> context.report(
                address.urlPath(), address.url().contentRange(),
                "url '" + address.url().value() + "' does not match the page's path; " + problem));
    }

    private static String patterns(Layouts layouts) {
        return String.join(", ", layouts.all().stream().map(Layout::pathPattern).filter(p -> p != null).toList());
    }
}
