package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.Optional;

@RuleInfo(id = "required-field", summary = "Fields that the profile requires are present and not empty",
        severity = Severity.ERROR, tags = "front-matter",
        options = @RuleInfo.Option(name = "fields", type = OptionType.STRING_LIST,
                description = "Dotted paths of the required fields, such as seo.title"))
public final class RequiredField extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        FrontMatter fm = page.frontMatter();
        for (String path : context.options().strings("fields")) {
            Optional<YamlNode> node = fm.get(path);
            if (node.isEmpty()) {
                context.report(path, fm.anchorFor(path), "required field '" + path + "' is missing");
            } else if (isEmpty(node.get())) {
                context.report(path, fm.anchorFor(path), "required field '" + path + "' is empty");
            }
        }
    }

    static boolean isEmpty(YamlNode node) {
        return node instanceof YamlScalar s && s.isEmpty()
                || node instanceof YamlMapping m && m.entries().isEmpty()
                || node instanceof YamlSequence q && q.items().isEmpty();
    }
}
