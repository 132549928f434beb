package dev.contentlint.rules.text;

import dev.contentlint.fix.Fix;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.NewlineEscapes;
import java.util.List;

/**
 * Reports each backslash-n in a scalar whose style does not process escapes (plain, single
 * quoted, literal and folded block scalars): YAML keeps the two characters, so the page shows
 * "\n" where a line break was meant. {@link NewlineEscapes} keeps LaTeX such as {@code \nabla}
 * and code literals such as {@code "%d\n"} out.
 */
@RuleInfo(id = "escaped-newline", summary = "No literal \\n where a line break was meant",
        severity = Severity.WARNING, fixable = true, tags = "yaml")
public final class EscapedNewline extends BuiltinRule {
    @Override
    public void check(Page page, RuleContext context) {
        page.frontMatter().forEachScalar((path, scalar) -> {
            if (!scalar.style().processesEscapes()) {
                check(page.text(), path, scalar, context);
            }
        });
    }

    private void check(String text, String path, YamlScalar scalar, RuleContext context) {
        List<Integer> escapes = NewlineEscapes.find(scalar.value());
        if (escapes.isEmpty()) {
            return;
        }
        String style = switch (scalar.style()) {
            case FOLDED -> "a folded (>)";
            case LITERAL -> "a literal (|)";
            case SINGLE_QUOTED -> "a single-quoted";
            default -> "a plain";
        };
        // One message per field, shared by its findings: an answer can hold dozens.
        String message = "literal \\n in '" + path + "': " + style + " scalar does not turn it into a line break";
        Fix fix = context.wantsFixes() ? LiteralBlockRewrite.fix(text, path, scalar, escapes) : null;
        for (int at : escapes) {
            context.report(path, scalar.sourceRange(at, at + 2), message, fix);
        }
    }
}
