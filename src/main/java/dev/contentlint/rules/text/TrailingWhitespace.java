package dev.contentlint.rules.text;

import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.Fixability;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Spaces and tabs at the end of a line, anywhere in the file. Deleting them is a safe fix,
 * except inside a block scalar, where they belong to the field's value: there the fix is
 * unsafe. Two spaces before a line that goes on, in the body or in a block scalar, are a
 * Markdown hard line break and are left alone unless {@code allow-hard-breaks} is false.
 */
@RuleInfo(id = "trailing-whitespace", summary = "No line ends with spaces or tabs",
        severity = Severity.WARNING, fix = Fixability.SAFE, tags = "whitespace", needsFrontMatter = false,
        options = @RuleInfo.Option(name = "allow-hard-breaks", type = OptionType.BOOLEAN, defaultValue = "true",
                description = "Accept exactly two trailing spaces as a Markdown hard line break"))
public final class TrailingWhitespace extends BuiltinRule {
    /** A block scalar and the dotted path of its field. */
    private record Block(String path, YamlScalar scalar) {}

    @Override
    public void check(Page page, RuleContext context) {
        String text = page.text();
        LineIndex lines = page.lines();
        List<Block> blocks = null;
        boolean allowHardBreaks = context.options().bool("allow-hard-breaks");
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int trimmed = end;
            while (trimmed > start && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
                trimmed--;
            }
            if (trimmed == end) {
                continue;
            }
            if (blocks == null) {
                blocks = blocks(page);
            }
            Block block = blockAt(blocks, trimmed);
            boolean markdown = block != null || trimmed >= page.bodyStart();
            boolean hardBreak = markdown && end - trimmed == 2 && text.startsWith("  ", trimmed) && trimmed > start
                    && line + 1 < lines.lineCount() && !lines.lineText(line + 1).isBlank();
            if (allowHardBreaks && hardBreak) {
                continue;
            }
            Range range = new Range(trimmed, end);
            int count = end - trimmed;
            String field = block != null ? block.path() : fieldAt(page, trimmed);
            TextEdit edit = new TextEdit(range, "");
            Fix fix = block != null
                    ? Fix.unsafe("delete trailing whitespace (it is part of '" + field + "')", FieldChange.any(field), edit)
                    : Fix.safe("delete trailing whitespace", FieldChange.any(field), edit);
            context.report(field, range,
                    "line ends with " + count + " trailing whitespace character" + (count == 1 ? "" : "s"), fix);
        }
    }

    private static List<Block> blocks(Page page) {
        List<Block> blocks = new ArrayList<>();
        if (page.frontMatter() != null) {
            page.frontMatter().forEachScalar((path, scalar) -> {
                if (scalar.style().isBlock()) {
                    blocks.add(new Block(path, scalar));
                }
            });
        }
        return blocks;
    }

    private static Block blockAt(List<Block> blocks, int offset) {
        for (Block block : blocks) {
            if (block.scalar().range().start() < offset && offset < block.scalar().range().end()) {
                return block;
            }
        }
        return null;
    }

    /** The top-level front-matter key whose value holds the offset, for baselines and fingerprints. */
    static String fieldAt(Page page, int offset) {
        if (page.frontMatter() == null) {
            return null;
        }
        for (var entry : page.frontMatter().root().entries()) {
            if (entry.key().range().start() <= offset && offset <= entry.value().range().end()) {
                return entry.key().value();
            }
        }
        return null;
    }
}
