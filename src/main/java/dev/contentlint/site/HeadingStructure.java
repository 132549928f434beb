package dev.contentlint.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.contentlint.config.FieldRole;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.CodeAndMath;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(id = "heading-structure", summary = "Headings form an outline: one H1, no skipped level, none empty or repeating the title",
        severity = Severity.WARNING, tags = {"site", "markdown"},
        options = @RuleInfo.Option(name = "title-level", type = OptionType.INTEGER, defaultValue = "1",
                description = "The heading level at which the page's template shows the title (0: it shows none);"
                        + " the text's first heading may be one level below it"))
public final class HeadingStructure extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        int titleLevel = Math.max(0, Math.min(6, context.options().integer("title-level")));
        List<SiteMarkdown.Part> parts = SiteMarkdown.blocks(page, context.fields(), HeadingStructure::mayHaveHeadings);
        if (parts.isEmpty()) {
            return;
        }
        String title = PageIndex.value(page.frontMatter(), context.fields(), FieldRole.TITLE);
        String foldedTitle = title == null ? null : String.join(" ", SiteText.words(title));
        int h1s = titleLevel == 1 ? 1 : 0;
        int previous = titleLevel;
        boolean previousIsTitle = titleLevel > 0;
        for (SiteMarkdown.Part part : parts) {
            List<int[]> math = null;
            for (Heading heading : headings(part.document())) {
                if (heading.isSetextHeading()) {
                    // A line of '=' or '-' inside $$…$$ math (a matrix, an equation) is math, not an underline.
                    math = math != null ? math : new CodeAndMath(part.segment().text()).mathSpans();
                    if (overlapsMath(heading, math)) {
                        continue;
                    }
                }
                int level = heading.getLevel();
                String text = heading.getText().toString().strip();
                String words = String.join(" ", SiteText.words(text));
                int start = heading.getStartOffset();
                int end = heading.isAtxHeading() ? start + heading.getOpeningMarker().length()
                        : heading.getText().getEndOffset(); // a setext heading: its text
                var range = part.segment().fileRange(start, end);
                String field = part.segment().field();
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

    private static boolean overlapsMath(Heading heading, List<int[]> math) {
        for (int[] span : math) {
            if (span[0] < heading.getEndOffset() && heading.getStartOffset() < span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ATX heading's '#', or a line that can underline a setext heading: only '=' or only
     * '-', after any indentation and block-quote markers. Lists start lines with '-' on most
     * pages, and parsing them all cost most of this rule's time.
     */
    static boolean mayHaveHeadings(String text) {
        if (text.indexOf('#') >= 0) {
            return true;
        }
        int n = text.length();
        int line = text.indexOf('\n'); // the first line cannot underline: a heading's text comes before
        while (line >= 0) {
            int i = line + 1;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
                i++;
            }
            char marker = i < n ? text.charAt(i) : 0;
            if (marker == '=' || marker == '-') {
                while (i < n && text.charAt(i) == marker) {
                    i++;
                }
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
                    i++;
                }
                if (i == n || text.charAt(i) == '\n') {
                    return true;
                }
            }
            line = text.indexOf('\n', i);
        }
        return false;
    }

    private static List<Heading> headings(Node document) {
        List<Heading> headings = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, headings::add)).visit(document);
        return headings;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
