package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LiteralBlock#render}: a value written as a literal block, put in a page at a given
 * parent and content indentation and parsed again (with the product's parser and with
 * snakeyaml-engine alone), reads back as exactly the value; and the fields after it are
 * still read as before. Random values cover line breaks at the start and end, lines of
 * spaces, trailing spaces and tabs, lines starting with a space, '#', '---', '...', '- ',
 * quotes and YAML indicators, and non-ASCII text; fixed cases pin each one down.
 */
class LiteralBlockTest {
    private static final long SEED = Long.getLong("contentlint.fix.seed", 0xB10CL);
    private static final int CASES = Integer.getInteger("contentlint.literal.cases", 4000);

    private static final List<String> PIECES = List.of("word", "é", "日本", "🙂", "x🙂", " ", "  ", "\t", "#", "# h",
            "---", "...", "- ", "? ", ": ", "key: v", "'", "\"", "''", "|", ">", "|-", ">+", "&a", "*a", "!tag", "%",
            "@", "`", "{", "}", "[", "]", ",", "\\", "\\n", "$\\nabla$", "printf(\"%d\\n\", n);", "\u00A0", "\u3000",
            "ß", "—", "\u0301");

    /** The value as a literal block at {@code parent}/{@code content} columns, inside a page, parsed back. */
    private static String roundTrip(String value, int parent, int content, String lineBreak, List<String> failures,
            String label) {
        String block = LiteralBlock.render(value, parent, content, lineBreak);
        if (block == null) {
            failures.add(label + ": render gave null for a representable value " + FixTesting.visible(value));
            return null;
        }
        StringBuilder page = new StringBuilder("---" + lineBreak + "before: 1" + lineBreak);
        String path = "answer";
        if (parent > 0) {
            // Nest the key at the parent column, one mapping level per column step.
            page.append("outer:").append(lineBreak).append(" ".repeat(parent)).append("answer: ");
            path = "outer.answer";
        } else {
            page.append("answer: ");
        }
        page.append(block).append(lineBreak);
        if (parent > 0) {
            page.append(" ".repeat(parent)).append("sibling: 2").append(lineBreak);
        }
        page.append("after: 3").append(lineBreak).append("---").append(lineBreak).append("body").append(lineBreak);
        String text = page.toString();
        Page parsed = Page.parse(Path.of("x.md"), "x.md", text);
        String where = label + ": value " + FixTesting.visible(value) + "\npage:\n" + FixTesting.visible(text);
        if (parsed.frontMatterState() != Page.FrontMatterState.VALID) {
            failures.add(where + "\n: does not parse: " + parsed.frontMatterProblems());
            return null;
        }
        String product = FixTesting.value(parsed, path);
        Object yaml;
        try {
            yaml = FixTesting.snakeyaml(text);
        } catch (RuntimeException e) {
            failures.add(where + "\n: snakeyaml-engine cannot read it: " + e);
            return null;
        }
        String independent = FixTesting.snakeyamlValue(yaml, path);
        if (!value.equals(product) || !value.equals(independent)) {
            failures.add(where + "\n: product parser read " + (product == null ? null : FixTesting.visible(product))
                    + "\n snakeyaml read " + (independent == null ? null : FixTesting.visible(independent)));
        }
        Map<String, String> fields = FixTesting.snakeyamlFields(yaml);
        boolean siblingsKept = "Integer:1".equals(fields.get("before")) && "Integer:3".equals(fields.get("after"))
                && (parent == 0 || "Integer:2".equals(fields.get("outer.sibling")));
        if (!siblingsKept || !FixTesting.fields(parsed).get("after").equals("INT:3")) {
            failures.add(where + "\n: the fields around the block changed: " + fields);
        }
        if (lineBreak.equals("\r\n") && block.replace("\r\n", "").indexOf('\n') >= 0) {
            failures.add(where + "\n: a bare LF in a CRLF block");
        }
        return block;
    }

    @Test
    void randomValuesReadBackExactly() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i * 0x9E3779B97F4A7C15L;
            Random random = new Random(seed);
            String value = randomValue(random);
            int parent = random.nextInt(3) * 2;
            int content = parent + 1 + random.nextInt(random.nextInt(4) == 0 ? 9 : 4);
            String lineBreak = random.nextInt(5) == 0 ? "\r\n" : "\n";
            roundTrip(value, parent, content, lineBreak, failures,
                    "case " + i + " (seed " + seed + ", base seed " + SEED + ", parent " + parent + ", content "
                            + content + (lineBreak.length() == 2 ? ", CRLF" : "") + ")");
            if (failures.size() > 20) {
                break;
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failure(s), the first:\n" + String.join("\n\n",
                failures.subList(0, Math.min(4, failures.size()))));
    }

    private static String randomValue(Random random) {
        StringBuilder out = new StringBuilder();
        int leading = random.nextInt(6) == 0 ? 1 + random.nextInt(3) : 0;
        out.append("\n".repeat(leading));
        int lines = 1 + random.nextInt(random.nextInt(3) == 0 ? 12 : 3);
        for (int line = 0; line < lines; line++) {
            if (line > 0) {
                out.append('\n');
            }
            int kind = random.nextInt(10);
            if (kind == 0) {
                continue; // an empty line
            }
            if (kind == 1) {
                out.append(" ".repeat(1 + random.nextInt(4))); // spaces only
                continue;
            }
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                out.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        // Never all line breaks: such a value has no literal block (the fix gives none).
        if (out.toString().replace("\n", "").isEmpty()) {
            out.append("x");
        }
        int trailing = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        out.append("\n".repeat(trailing));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"one line", "two\nlines", " leading space", "\n leading break then space",
        "\n\nleading blank lines", "trailing spaces   \nand\ttab\t", "# not a comment\n#", "---\n...\n--- x",
        "line\n   \nspaces only in the middle", "ends with spaces only line\n   ", "one trailing break\n",
        "two trailing breaks\n\n", "three\n\n\n", "  \n  two lines of spaces", "\tstarts with a tab",
        "- a list\n- item", "key: value\n? complex", "'single' and \"double\" quotes", "é 🙂 日本語\n\u00A0nbsp",
        "|\n>\n|-", "$\\neq$ \\nabla printf(\"%d\\n\", n);", "&anchor *alias !tag %directive @at `tick"})
    void fixedValuesReadBackAtEveryIndentation(String value) {
        List<String> failures = new ArrayList<>();
        for (int parent : new int[] {0, 2, 4}) {
            for (int step = 1; step <= 9; step++) {
                for (String lineBreak : List.of("\n", "\r\n")) {
                    roundTrip(value, parent, parent + step, lineBreak, failures,
                            "parent " + parent + ", content " + (parent + step) + (lineBreak.length() == 2 ? ", CRLF" : ""));
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failure(s), the first:\n" + String.join("\n\n",
                failures.subList(0, Math.min(3, failures.size()))));
    }

    @Test
    void chompingIndicatorFollowsTheTrailingLineBreaks() {
        assertEquals("|-\n  a\n  b", LiteralBlock.render("a\nb", 0, 2, "\n"));
        assertEquals("|\n  a", LiteralBlock.render("a\n", 0, 2, "\n"));
        assertEquals("|+\n  a\n", LiteralBlock.render("a\n\n", 0, 2, "\n"));
        assertEquals("|+\n  a\n\n", LiteralBlock.render("a\n\n\n", 0, 2, "\n"));
        assertEquals("|-\r\n    a\r\n\r\n    b", LiteralBlock.render("a\n\nb", 0, 4, "\r\n"));
    }

    @Test
    void indentationIndicatorOnlyWhenTheFirstContentLineStartsWithASpace() {
        // YAML takes the chomping and indentation indicators in either order.
        assertIndicated("|-2\n   a", LiteralBlock.render(" a", 0, 2, "\n"));
        assertIndicated("|-4\n\n       a", LiteralBlock.render("\n a", 2, 6, "\n"));
        assertIndicated("|3\n     a", LiteralBlock.render("  a\n", 0, 3, "\n"));
        assertEquals("|-\n  \ta", LiteralBlock.render("\ta", 0, 2, "\n"));
        assertEquals("|-\n\n  a\n   b", LiteralBlock.render("\na\n b", 0, 2, "\n"));
    }

    private static void assertIndicated(String expected, String actual) {
        String swapped = expected.length() > 2 && expected.charAt(1) == '-' && Character.isDigit(expected.charAt(2))
                ? "|" + expected.charAt(2) + "-" + expected.substring(3) : expected;
        assertTrue(expected.equals(actual) || swapped.equals(actual), () -> "expected " + expected + " but was "
                + actual);
    }

    @Test
    void valuesWithoutALiteralBlockGetNone() {
        assertNull(LiteralBlock.render("", 0, 2, "\n"));
        assertNull(LiteralBlock.render("\n\n", 0, 2, "\n"));
        for (String bad : List.of("a\rb", "a\u0085b", "a\u2028b", "a\u2029b", "a\uFEFFb", "bell\u0007", "del\u007F",
                "a\u009Fb", "a\uFFFEb")) {
            assertNull(LiteralBlock.render(bad, 0, 2, "\n"), FixTesting.visible(bad));
        }
        assertNull(LiteralBlock.render("a", 2, 2, "\n"), "content not deeper than its parent");
        assertNull(LiteralBlock.render(" a", 0, 10, "\n"), "an indentation indicator has one digit");
        assertNotNull(LiteralBlock.render(" a", 0, 9, "\n"));
    }
}
