package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.fix.ValueEdits;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.Fixability;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.Map;

@RuleInfo(id = "subject-inconsistent", summary = "A subject is spelled the way most pages of the repository spell it",
        severity = Severity.WARNING, fix = Fixability.UNSAFE, tags = "pages")
public final class SubjectInconsistent extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        PageIndex index = context.index();
        String path = context.fields().path(FieldRole.SUBJECT).orElse(null);
        String subject = path == null ? null : PageIndex.value(page.frontMatter(), context.fields(), FieldRole.SUBJECT);
        if (index == null || subject == null) {
            return;
        }
        Map<String, Integer> spellings = index.spellingsOf(subject);
        String majority = index.majoritySpelling(subject);
        if (spellings.size() < 2 || majority == null || majority.equals(subject)) {
            return;
        }
        YamlScalar scalar = page.frontMatter().scalar(path).orElseThrow();
        context.report(path, scalar.contentRange(), "subject '" + subject + "' is spelled '" + majority + "' on "
                + pages(spellings.get(majority)) + " and this way on " + pages(spellings.getOrDefault(subject, 0))
                + "; use the majority spelling '" + majority + "'", fix(page, path, scalar, majority));
    }

    private static String pages(int count) {
        return String.format("%,d page%s", count, count == 1 ? "" : "s");
    }

    /** Unsafe: the majority may be the wrong spelling, and seo.title or related links may repeat the old one. */
    private static Fix fix(Page page, String path, YamlScalar scalar, String majority) {
        TextEdit edit = ValueEdits.replace(page.text(), scalar, majority);
        return edit == null ? null
                : Fix.unsafe("set " + path + " to '" + majority + "'", FieldChange.to(path, majority), edit);
    }
}
