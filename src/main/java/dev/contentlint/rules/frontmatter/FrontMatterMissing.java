package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "front-matter-missing", summary = "Every page starts with a front-matter block",
        severity = Severity.ERROR, tags = "front-matter", needsFrontMatter = false)
public final class FrontMatterMissing extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        if (page.frontMatterState() == Page.FrontMatterState.ABSENT) {
            int firstLineEnd = page.lines().lineEnd(0);
            context.report(null, new Range(0, firstLineEnd),
                    "page has no front matter: its first line must be '---', followed by YAML fields and a closing '---'");
        }
    }
}
