package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.List;

@RuleInfo(id = "duplicate-id", summary = "No other page in the repository has the same id",
        severity = Severity.ERROR, tags = "pages")
public final class DuplicateId extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        SamePage.report(page, context, FieldRole.ID, "id", id -> context.index().pagesWithId(id));
    }

    /** Reports a field whose value other pages of the index share. */
    static final class SamePage {
        private SamePage() {}

        static void report(Page page, RuleContext context, FieldRole role, String name,
                java.util.function.Function<String, List<PageIndex.Entry>> lookup) {
            PageIndex index = context.index();
            String path = context.fields().path(role).orElse(null);
            String value = path == null ? null : PageIndex.value(page.frontMatter(), context.fields(), role);
            if (index == null || value == null) {
                return;
            }
            List<PageIndex.Entry> others = OtherPages.except(lookup.apply(value), page.file());
            if (!others.isEmpty()) {
                context.report(path, page.frontMatter().scalar(path).orElseThrow().contentRange(),
                        name + " '" + value + "' is also the " + name + " of " + others.size() + " other page"
                                + (others.size() == 1 ? "" : "s") + ": " + OtherPages.list(index, others));
            }
        }
    }
}
