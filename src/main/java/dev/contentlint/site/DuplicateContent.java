package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;
import dev.contentlint.rules.pages.OtherPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "duplicate-content", summary = "No other page's text is the same or nearly the same",
        severity = Severity.WARNING, tags = {"pages", "site"},
        options = @RuleInfo.Option(name = "threshold", type = OptionType.INTEGER, defaultValue = "90",
                description = "The Jaccard similarity of 5-word shingles, in percent (1 to 100), from which two texts"
                        + " are near duplicates (Screaming Frog's default, 90)"))
public final class DuplicateContent extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageIndex index = context.index();
        if (index == null) {
            return;
        }
        double threshold = threshold(context.options());
        PageIndex.Entry own = SiteGraph.of(index).entry(page.file());
        List<NearDuplicates.Similar> similar = NearDuplicates.of(index, threshold).of(own,
                () -> SiteText.words(PageText.of(page, context.fields()).text()), context.fields());
        if (similar.isEmpty()) {
            return;
        }
        String field = context.fields().path(FieldRole.TEXT).filter(f -> page.frontMatter().get(f).isPresent())
                .orElse(null);
        NearDuplicates.Similar closest = similar.get(0);
        StringBuilder message = new StringBuilder(field == null ? "text" : field).append(" is ")
                .append(percent(closest.jaccard())).append(" the same as ").append(index.displayPath(closest.page()));
        if (similar.size() > 1) {
            List<PageIndex.Entry> rest = similar.stream().skip(1).map(NearDuplicates.Similar::page).toList();
            message.append(String.format(", and at least %s the same as %,d other page%s: %s", percent(threshold),
                    rest.size(), rest.size() == 1 ? "" : "s", OtherPages.list(index, rest)));
        }
        message.append(" (5-word shingles, Jaccard similarity)");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("similar", similar.stream().map(s -> FindingProperties.of("path", index.displayPath(s.page()),
                "similarity", Math.floor(s.jaccard() * 1000) / 1000)).toList());
        context.report(field, field == null ? new dev.contentlint.page.Range(page.bodyStart(), page.bodyStart())
                : page.frontMatter().anchorFor(field), message.toString(), null, properties);
    }

    @Override
    public void prepare(PageIndex index, RuleOptions options) {
        SiteGraph.of(index);
        NearDuplicates.of(index, threshold(options));
    }

    /** Whole percents, rounded down: 100% only for texts whose shingles are all the same. */
    static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }

    /** The threshold as a share; a percent outside 1 to 100 is taken as the nearest of the two. */
    private static double threshold(RuleOptions options) {
        return Math.max(1, Math.min(100, options.integer("threshold"))) / 100.0;
    }
}
