package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlProblem;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;

@RuleInfo(id = "front-matter-invalid", summary = "The front-matter block is closed, valid YAML, and a mapping without duplicate keys",
        severity = Severity.ERROR, tags = "front-matter", needsFrontMatter = false)
public final class FrontMatterInvalid extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        for (YamlProblem problem : page.frontMatterProblems()) {
            context.report(null, problem.range(), problem.message());
        }
    }
}
