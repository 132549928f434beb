package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
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
        int words = SiteText.count(PageText.of(page, context.fields()).text(), min);
        if (words >= min) {
            return;
        }
        String field = context.fields().path(FieldRole.TEXT).filter(f -> page.frontMatter().get(f).isPresent())
                .orElse(null);
        Range at = field == null ? new Range(page.bodyStart(), page.bodyStart()) : page.frontMatter().anchorFor(field);
        context.report(field, at, String.format("%s has %,d word%s; pages under %,d words are thin content",
                field == null ? "the text" : field, words, words == 1 ? "" : "s", min), null, Map.of("words", words));
    }
}
