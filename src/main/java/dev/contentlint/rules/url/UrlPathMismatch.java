package dev.contentlint.rules.url;

import dev.contentlint.text.Slashes;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.Map;
import java.util.Optional;

/** Applies to pages whose path matches the layout's path pattern; others have no expected url. */
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
        Optional<Map<String, String>> variables = context.layout().matchPath(path);
        Optional<String> expected = variables.flatMap(v -> context.layout().url(v));
        if (expected.isEmpty()) {
            return;
        }
        String actual = PageAddress.bareUrl(address.url().value());
        if (!actual.equals(expected.get())) {
            context.report(address.urlPath(), address.url().contentRange(),
                    "url '" + address.url().value() + "' does not match the page's path; expected '" + expected.get() + "'");
        }
    }
}
