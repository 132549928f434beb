package dev.contentlint.rules.text;

import dev.contentlint.fix.Fix;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.Fixability;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.NewlineEscapes;
import dev.contentlint.page.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the backslash-n escapes in a scalar whose style does not process escapes (plain, single
 * quoted, literal and folded block scalars): YAML keeps the two characters, so the page shows
 * "\n" where a line break was meant. {@link NewlineEscapes} keeps LaTeX such as {@code \nabla}
 * and code literals such as {@code "%d\n"} out. A field's escapes are one defect, the field's
 * style, so they make one finding at the first escape, with each escape as a related location.
 */
@RuleInfo(id = "escaped-newline", summary = "No literal \\n where a line break was meant",
        severity = Severity.WARNING, fix = Fixability.SAFE, tags = "yaml")
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
        int count = escapes.size();
        String message = (count == 1 ? "literal \\n in '" : count + " literal \\n in '") + path + "': " + style
                + " scalar does not turn " + (count == 1 ? "it into a line break" : "them into line breaks");
        Fix fix = context.wantsFixes() ? LiteralBlockRewrite.fix(text, path, scalar, escapes) : null;
        List<Range> occurrences = new ArrayList<>(count);
        for (int at : escapes) {
            occurrences.add(scalar.sourceRange(at, at + 2));
        }
        context.reportOccurrences(path, occurrences, message, fix);
    }
}
