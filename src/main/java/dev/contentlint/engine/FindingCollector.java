package dev.contentlint.engine;

import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.config.Layouts;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.index.PageIndex;
import dev.contentlint.links.LinkResolver;
import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleOptions;
import java.util.ArrayList;
import dev.contentlint.prose.ProseFinding;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link RuleContext} of one rule on one page. It stamps findings with the rule's id and
 * configured severity, resolves positions, and refuses spans outside the page.
 */
final class FindingCollector implements RuleContext {
    private final Page page;
    private final ConfiguredRule rule;
    private final FieldRoles fields;
    private final Layouts layout;
    private final List<Finding> out;
    private final List<String> errors;
    private final boolean wantsFixes;
    private final Supplier<List<ProseFinding>> prose;
    private final PageIndex index;
    private final LinkResolver links;
    private String lastExcerpt;

    FindingCollector(Page page, ConfiguredRule rule, FieldRoles fields, Layouts layout, boolean wantsFixes,
            Supplier<List<ProseFinding>> prose, PageIndex index, LinkResolver links, List<Finding> out,
            List<String> errors) {
        this.prose = prose;
        this.index = index;
        this.links = links;
        this.wantsFixes = wantsFixes;
        this.page = page;
        this.rule = rule;
        this.fields = fields;
        this.layout = layout;
        this.out = out;
        this.errors = errors;
    }

    @Override
    public RuleOptions options() {
        return rule.options();
    }

    @Override
    public FieldRoles fields() {
        return fields;
    }

    @Override
    public Layouts layout() {
        return layout;
    }

    @Override
    public boolean wantsFixes() {
        return wantsFixes;
    }

    @Override
    public PageIndex index() {
        return index;
    }

    @Override
    public LinkResolver links() {
        return links;
    }

    @Override
    public List<ProseFinding> prose() {
        return prose.get();
    }

    @Override
    public void report(String field, Range range, String message, Fix fix, Map<String, Object> properties) {
        add(field, range, message, fix, properties, List.of());
    }

    @Override
    public void reportOccurrences(String field, List<Range> occurrences, String message, Fix fix) {
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("rule " + rule.id() + " reported no occurrence");
        }
        add(field, occurrences.get(0), message, fix, Map.of(), occurrences.size() == 1 ? List.of() : occurrences);
    }

    private void add(String field, Range range, String message, Fix fix, Map<String, Object> properties,
            List<Range> occurrences) {
        int length = page.text().length();
        if (range.end() > length || fix != null && fix.edits().stream().anyMatch(e -> e.range().end() > length)
                || occurrences.stream().anyMatch(r -> r.end() > length)) {
            errors.add(page.displayPath() + ": rule " + rule.id() + " reported a span outside the file");
            return;
        }
        LineIndex lines = page.lines();
        List<Finding.Span> spans = List.of();
        if (fix != null) {
            spans = new ArrayList<>();
            for (TextEdit edit : fix.edits()) {
                spans.add(span(lines, edit.range()));
            }
        }
        List<Finding.Span> related = new ArrayList<>(occurrences.size());
        for (Range occurrence : occurrences) {
            related.add(span(lines, occurrence));
        }
        Position start = lines.position(range.start());
        Position end = lines.position(range.end());
        out.add(new Finding(rule.id(), rule.severity(), page.displayPath(), field, message, range, start, end,
                excerpt(range), fix, spans, properties, related));
    }

    private static Finding.Span span(LineIndex lines, Range range) {
        return new Finding.Span(lines.position(range.start()), lines.position(range.end()));
    }

    /** The offending text; a rule that reports the same short text many times shares one copy. */
    private String excerpt(Range range) {
        String text = page.text();
        if (lastExcerpt != null && range.length() == lastExcerpt.length()
                && text.startsWith(lastExcerpt, range.start())) {
            return lastExcerpt;
        }
        lastExcerpt = excerpt(page.textAt(range));
        return lastExcerpt;
    }

    static String excerpt(String text) {
        return text.length() <= Finding.EXCERPT_LIMIT ? text : text.substring(0, Finding.EXCERPT_LIMIT - 1) + "…";
    }
}
