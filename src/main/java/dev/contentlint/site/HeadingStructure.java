package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseSegment;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "heading-structure", summary = "Headings form an outline: one H1, no skipped level, none empty or repeating the title",
        severity = Severity.WARNING, tags = {"site", "markdown"},
        options = @RuleInfo.Option(name = "title-level", type = OptionType.INTEGER, defaultValue = "1",
                description = "The heading level at which the page's template shows the title (0: it shows none);"
                        + " the text's first heading may be one level below it"))
public final class HeadingStructure extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        int titleLevel = Math.max(0, Math.min(6, context.options().integer("title-level")));
        String foldedTitle = null;
        boolean titleRead = false;
        int h1s = titleLevel == 1 ? 1 : 0;
        int previous = titleLevel;
        boolean previousIsTitle = titleLevel > 0;
        for (ProseSegment segment : PageText.of(page, context.fields()).segments()) {
            for (Headings.Found heading : Headings.of(segment.text())) {
                if (!titleRead) { // read once a page has a heading: most have none
                    String title = PageIndex.value(page.frontMatter(), context.fields(), FieldRole.TITLE);
                    foldedTitle = title == null ? null : String.join(" ", SiteText.words(title));
                    titleRead = true;
                }
                int level = heading.level();
                String text = heading.text();
                String words = String.join(" ", SiteText.words(text));
                var range = segment.fileRange(heading.start(), heading.end());
                String field = segment.field();
                if (words.isEmpty()) {
                    context.report(field, range, "empty H" + level + " heading: a heading needs text, for readers,"
                            + " screen readers and search engines");
                }
                if (level == 1 && ++h1s > 1) {
                    context.report(field, range, "H1 heading '" + text + "' is the page's " + ordinal(h1s) + " H1"
                            + (titleLevel == 1 ? " (the template shows the title as the first)" : "")
                            + "; a page has one H1, the rest are H2 or lower");
                }
                if (level > previous + 1 && previous > 0) {
                    context.report(field, range, "H" + level + " heading '" + text + "' skips a level: it follows "
                            + (previousIsTitle ? "the title's H" + previous : "an H" + previous)
                            + ", so it should be H" + (previous + 1));
                }
                if (foldedTitle != null && !words.isEmpty() && words.equals(foldedTitle)) {
                    context.report(field, range, "heading '" + text + "' repeats the page's title; a heading should"
                            + " say what its section adds");
                }
                previous = level;
                previousIsTitle = false;
            }
        }
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
