package dev.contentlint.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan that finds code and math finds every backslash-n too, inside code and math as well. */
class CodeAndMathTest {
    @Test
    void theScanFindsEveryEscapeASearchOfTheTextFinds() {
        String[] pieces = {"\\n", "\\n\\n", "\\\\n", "\\", "n", "`", "```", "$", "$$", "\\(", "\\)", "\\[", "\\]", "a",
            " ", "\n", "\n\n", "'", "\"", "\u00e9", "x"};
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertArrayEquals(everyEscape(written), new CodeAndMath(written).escapes(), written);
        }
    }

    @Test
    void escapesInsideFencedCodeInlineCodeAndMathAreFoundInTextOrder() {
        String text = "a\\n```\\nx = '\\n'\\n```\\n`\\n` $\\nu$ \\(\\nabla\\) $$\\n\\neq$$\\n";
        assertArrayEquals(everyEscape(text), new CodeAndMath(text).escapes());
    }

    private static int[] everyEscape(String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf("\\n"); i >= 0; i = text.indexOf("\\n", i + 1)) {
            found.add(i);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
