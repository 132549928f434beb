package dev.contentlint.fix;

import java.util.List;
import java.util.Random;

/**
 * Generates scalar values that hold backslash-n escapes among everything that must survive a
 * rewrite as a literal block: LaTeX commands that start with n inside math, C string and
 * character literals in fenced code, inline code, lines starting with '#', '---' and '...',
 * quotes, ': ', tabs, leading and trailing spaces, blank lines, and non-ASCII text.
 *
 * <p>Each value comes with the value a correct fix gives, built token by token and so
 * independent of {@link dev.contentlint.text.NewlineEscapes}: an escape token becomes a line
 * break, every other token stays as it is. Tokens are placed so that their reading is not in
 * doubt (math and code never hold a paragraph break, fences start lines).
 */
final class EscapedValues {
    /** What the YAML value holds ({@code raw}) and what it must hold after the fix. */
    record Value(String raw, String expected) {}

    /** Where the value will be written, which limits what it may hold. */
    enum Shape {
        /** A plain scalar on the key's line: no leading indicator, no ": " or " #", no edge spaces. */
        PLAIN,
        /** Single line inside quotes or a block: anything but a real line break. */
        ONE_LINE,
        /** Lines of a literal block: real line breaks too. */
        LINES,
        /** One line of a multi-line folded block: no code blocks, no edge spaces. */
        FOLDED_SEGMENT
    }

    private static final String ESC = "\\n";

    private static final List<String> WORDS = List.of("alpha", "never", "under", "one", "each", "otice", "abla",
            "eq", "u", "e", "ot", "i", "The", "value", "é", "naïve", "café", "日本語", "🙂", "x🙂y", "it's", "O'Brien",
            "\"quoted\"", "'single'", "x=1", "50%", "C#", "(paren)", "[bracket]", "{brace}", "a,b", "e.g.",
            "https://example.org/a?b=c", "C:\\temp", "a\\b", "**bold**", "_em_", "2^10", "f(x)", "->", "<tag>",
            "&amp;", "@user", "|pipe|", "~tilde~", "!bang", "*star*", ">quote", "%percent");

    private static final List<String> MATH = List.of("$x \\neq y$", "$\\nabla f(x)$", "$\\nu_0 = 1$",
            "$a \\ne b$", "$\\nabla \\cdot \\vec{E} = \\rho$", "$p \\notin S$", "$\\neg q$", "$x \\in \\mathbb{N}$",
            "\\(\\nabla^2 u\\)", "\\[\\nu = \\frac{1}{2}\\]", "$$ \\nabla \\times B = 0 $$");

    private static final List<String> INLINE_CODE = List.of("`\\n`", "`printf(\"\\n\")`", "`a\\nb`", "``x ` \\n``");

    private static final List<String> LINE_STARTS = List.of("# Heading", "## Sub heading", "#hashtag", "### 3. Step",
            "- item", "* item", "1. first", "> quoted", "  indented", "    code-like", "\tTabbed", "| a | b |");

    private static final List<String> WHOLE_LINES = List.of("---", "...", "***", "- - -", "--- x", "... y", "#");

    private static final List<List<String>> CODE = List.of(
            List.of("```c", "#include <stdio.h>", "int main(void) {", "  printf(\"%d\\n\", n);", "  return 0;", "}",
                    "```"),
            List.of("```c", "puts(\"a\\nb\");", "char c = '\\n';", "printf(\"%s\\n\\n\", s);", "```"),
            List.of("```python", "print('a\\nb')", "x = \"\\n\".join(xs)", "```"),
            List.of("```", "echo \"line\\n\"", "```"));

    private EscapedValues() {}

    static Value generate(Random random, Shape shape) {
        Builder b = new Builder(random, shape);
        if (shape == Shape.PLAIN) {
            b.add("Start");
        }
        if (shape == Shape.ONE_LINE || shape == Shape.LINES) {
            int lead = random.nextInt(8);
            if (lead == 0) {
                b.add(" ".repeat(1 + random.nextInt(3)));
            } else if (lead == 1) {
                b.escape();
                if (random.nextBoolean()) {
                    b.escape();
                }
            } else if (lead == 2 && shape == Shape.ONE_LINE) {
                b.add("\t");
            }
        }
        int tokens = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 14);
        for (int i = 0; i < tokens; i++) {
            b.token();
        }
        if (b.escapes == 0) {
            if (b.needBreak) {
                b.escape();
            } else {
                b.separate();
                b.add("one");
                b.escape();
            }
        }
        b.contentWord();
        b.finish();
        return new Value(b.raw.toString(), b.expected.toString());
    }

    private static final class Builder {
        final Random random;
        final Shape shape;
        final StringBuilder raw = new StringBuilder();
        final StringBuilder expected = new StringBuilder();
        boolean lineStart = true;
        /** Whether the last token must be followed by a line break (a fence or a whole-line token). */
        boolean needBreak;
        /** How many escapes the value holds. */
        int escapes;

        Builder(Random random, Shape shape) {
            this.random = random;
            this.shape = shape;
        }

        void add(String same) {
            raw.append(same);
            expected.append(same);
            lineStart = false;
        }

        void escape() {
            raw.append(ESC);
            expected.append('\n');
            escapes++;
            lineStart = true;
            needBreak = false;
        }

        /** A line break written as a real one where the shape allows it, else as an escape. */
        void lineBreak() {
            if (shape == Shape.LINES && raw.length() > 0 && random.nextInt(3) == 0) {
                raw.append('\n');
                expected.append('\n');
                lineStart = true;
                needBreak = false;
            } else {
                escape();
            }
        }

        void separate() {
            if (needBreak) {
                lineBreak();
            } else if (!lineStart && raw.length() > 0) {
                char last = raw.charAt(raw.length() - 1);
                if (last != ' ' && last != '\t') {
                    add(random.nextInt(12) == 0 ? "\t" : " ");
                }
            }
        }

        void contentWord() {
            if (needBreak) {
                lineBreak();
            }
            if (lineStart || raw.length() == 0) {
                add("end");
            } else {
                separate();
                add("end.");
            }
        }

        void token() {
            int kind = random.nextInt(100);
            if (kind < 30) {
                separate();
                add(pick(WORDS));
            } else if (kind < 48) {
                if (needBreak) {
                    lineBreak();
                }
                int run = random.nextInt(5) == 0 ? 2 : 1;
                for (int i = 0; i < run; i++) {
                    lineBreak();
                }
                if (random.nextInt(4) == 0 && !lineStart) {
                    // A word glued to the escape, as in "\nThe" or "\nnever".
                    add(pick(WORDS));
                }
            } else if (kind < 56) {
                separate();
                add(pick(MATH));
            } else if (kind < 61) {
                separate();
                add(pick(INLINE_CODE));
            } else if (kind < 67 && shape != Shape.FOLDED_SEGMENT) {
                codeBlock();
            } else if (kind < 75) {
                if (!lineStart) {
                    lineBreak();
                }
                String start = pick(LINE_STARTS);
                if (shape == Shape.FOLDED_SEGMENT && (start.startsWith(" ") || start.startsWith("\t"))) {
                    start = start.strip();
                }
                add(start);
            } else if (kind < 80) {
                if (!lineStart) {
                    lineBreak();
                }
                add(pick(WHOLE_LINES));
                needBreak = true;
            } else if (kind < 85 && shape != Shape.PLAIN) {
                separate();
                add(random.nextBoolean() ? "key: value" : "a # not a comment");
            } else if (kind < 88 && shape != Shape.FOLDED_SEGMENT) {
                // Trailing spaces or a tab before a line break: they belong to the value.
                if (!lineStart) {
                    add(random.nextBoolean() ? "  " : " \t");
                    lineBreak();
                }
            } else if (kind < 90) {
                // ASCII art ending in a backslash, then a line break: "\\" + "\n".
                separate();
                add("/\\");
                escape();
            } else if (kind < 93 && shape != Shape.FOLDED_SEGMENT && shape != Shape.PLAIN) {
                // A line of spaces only.
                if (!lineStart) {
                    lineBreak();
                }
                add(" ".repeat(1 + random.nextInt(4)));
                lineBreak();
            } else {
                separate();
                add(pick(WORDS) + pick(WORDS));
            }
        }

        void codeBlock() {
            if (!lineStart) {
                lineBreak();
            }
            List<String> lines = pick(CODE);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    lineBreak();
                }
                add(lines.get(i));
            }
            needBreak = true;
        }

        /** Trailing spaces or line breaks where the shape allows them. */
        void finish() {
            if (shape == Shape.PLAIN || shape == Shape.FOLDED_SEGMENT) {
                return;
            }
            int tail = random.nextInt(10);
            if (tail == 0) {
                add(" ".repeat(1 + random.nextInt(3)));
            } else if (tail == 1 && shape == Shape.ONE_LINE) {
                escape();
                if (random.nextBoolean()) {
                    escape();
                }
            } else if (tail == 2 && shape == Shape.ONE_LINE) {
                escape();
                add("  ");
            }
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
