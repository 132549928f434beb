package dev.contentlint.rules.text;

import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.LiteralBlock;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
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
        walk(page.text(), page.frontMatter().root(), "", context);
    }

    private void walk(String text, YamlNode node, String path, RuleContext context) {
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                walk(text, entry.value(), path.isEmpty() ? entry.key().value() : path + "." + entry.key().value(), context);
            }
        } else if (node instanceof YamlSequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                walk(text, sequence.items().get(i), path + "[" + i + "]", context);
            }
        } else if (node instanceof YamlScalar scalar && !scalar.style().processesEscapes()) {
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
            Fix fix = context.wantsFixes() ? fix(text, path, scalar, escapes) : null;
            for (int at : escapes) {
                context.report(path, scalar.sourceRange(at, at + 2), message, fix);
            }
        }
    }

    /**
     * Rewrites the scalar as a literal block whose value has a real line break for every
     * escape and is otherwise the same; null where the scalar is not a mapping value in block
     * context, or the new value cannot be written as a literal block.
     */
    static Fix fix(String text, String path, YamlScalar scalar, List<Integer> escapes) {
        int start = scalar.range().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(lineStart, start).stripTrailing();
        if (!before.endsWith(":") || before.contains("[") || before.contains("{")) {
            return null;
        }
        int parentIndent = indentation(text, lineStart);
        int end = scalar.range().end();
        int contentIndent = parentIndent + 2;
        if (scalar.style().isBlock()) {
            int firstLine = text.indexOf('\n', start) + 1;
            contentIndent = indentation(text, firstLine);
            end = lastContentEnd(text, firstLine, end);
        }
        int newline = text.indexOf('\n', start);
        String lineBreak = newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
        String fixed = withLineBreaks(scalar.value(), escapes);
        String block = LiteralBlock.render(fixed, parentIndent, contentIndent, lineBreak);
        if (block == null) {
            return null;
        }
        return Fix.safe("rewrite '" + path + "' as a literal block scalar with real line breaks",
                FieldChange.to(path, fixed), new TextEdit(new Range(start, end), block));
    }

    static String withLineBreaks(String value, List<Integer> escapes) {
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        for (int escape : escapes) {
            out.append(value, at, escape).append('\n');
            at = escape + 2;
        }
        return out.append(value, at, value.length()).toString();
    }

    private static int indentation(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }

    /** The end of the last line in [from, to) that holds more than spaces, before its line break. */
    private static int lastContentEnd(String text, int from, int to) {
        int end = from;
        for (int line = from; line < to; ) {
            int next = text.indexOf('\n', line);
            int lineEnd = next < 0 || next >= to ? to : next;
            int contentEnd = lineEnd > line && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (!text.substring(line, contentEnd).isBlank()) {
                end = contentEnd;
            }
            line = lineEnd + 1;
        }
        return end;
    }
}
