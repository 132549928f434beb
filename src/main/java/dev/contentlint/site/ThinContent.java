package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;
import java.util.Map;

@RuleInfo(id = "thin-content", summary = "The page's text has enough words to be worth a visit",
        severity = Severity.WARNING, tags = {"site"},
        options = @RuleInfo.Option(name = "min-words", type = OptionType.INTEGER, defaultValue = "200",
                description = "Fewest words (Screaming Frog's and Semrush's low-word-count limit)"))
public final class ThinContent extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        int min = context.options().integer("min-words");
        int words = indexedWords(page, context);
        if (words < 0) {
            words = SiteText.count(PageText.of(page, context.fields()).text(), min);
        }
        if (words >= min) {
            return;
        }
        String field = context.fields().path(FieldRole.TEXT).filter(f -> page.frontMatter().get(f).isPresent())
                .orElse(null);
        Range at = field == null ? new Range(page.bodyStart(), page.bodyStart()) : page.frontMatter().anchorFor(field);
        context.report(field, at, String.format("%s has %,d word%s; pages under %,d words are thin content",
                field == null ? "the text" : field, words, words == 1 ? "" : "s", min), null, Map.of("words", words));
    }

    /**
     * The page's words as the index counted them when it read the page (the same text, kept in
     * its cache), so that its text is not scanned again; -1 when the index has no count of it.
     */
    private static int indexedWords(Page page, RuleContext context) {
        PageIndex index = context.index();
        PageIndex.Entry own = index == null ? null : SiteGraph.of(index).entry(page.file());
        return own == null || own.site() == null ? -1 : own.site().words();
    }

    @Override
    public void prepare(PageIndex index, RuleOptions options) {
        SiteGraph.of(index);
    }
}
