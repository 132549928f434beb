package dev.contentlint.rules.url;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.Layout;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.Slugs;
import java.util.Map;
import java.util.Optional;

/** Uses the url pattern of the first layout that the url matches, and its {@code subject-variable}, to find the subject segment. */
@RuleInfo(id = "url-subject-mismatch", summary = "The url's subject segment is the slug of the subject field",
        severity = Severity.WARNING, tags = "url")
public final class UrlSubjectMismatch extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageAddress address = PageAddress.of(page, context);
        Optional<String> subjectPath = context.fields().path(FieldRole.SUBJECT);
        if (address.url() == null || subjectPath.isEmpty()) {
            return;
        }
        Optional<YamlScalar> subject = page.frontMatter().scalar(subjectPath.get()).filter(s -> !s.isEmpty());
        String url = address.url().value();
        String bare = PageAddress.bareUrl(url);
        Optional<Map.Entry<Layout, Map<String, Layout.Segment>>> matched = context.layout().matchUrl(bare);
        String variable = matched.map(m -> m.getKey().subjectVariable()).orElse(null);
        Optional<Map<String, Layout.Segment>> parts = matched.map(Map.Entry::getValue);
        if (subject.isEmpty() || variable == null || !parts.get().containsKey(variable)) {
            return;
        }
        Layout.Segment segment = parts.get().get(variable);
        String expected = Slugs.slugify(subject.get().value());
        if (!segment.value().equals(expected)) {
            int offset = url.indexOf(bare); // the bare url sits inside the value, after any blanks
            Range range = address.url().sourceRange(offset + segment.start(), offset + segment.end());
            context.report(address.urlPath(), range, "url segment '" + segment.value()
                    + "' is not the slug of subject '" + subject.get().value() + "' ('" + expected + "')");
        }
    }
}
