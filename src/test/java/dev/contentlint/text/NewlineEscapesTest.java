package dev.contentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewlineEscapesTest {
    /** Offsets of every backslash-n in the text, whether or not it is a line break. */
    private static List<Integer> all(String text) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = text.indexOf("\\n"); i >= 0; i = text.indexOf("\\n", i + 1)) {
            offsets.add(i);
        }
        return offsets;
    }

    @Test
    void plainEscapesAreLineBreaks() {
        String text = "First paragraph.\\n\\nSecond one.\\n- item\\n1. next";
        assertEquals(all(text), NewlineEscapes.find(text));
    }

    @Test
    void latexCommandsInsideMathAreNotEscapes() {
        String text = "Use $a \\neq b$ and \\(\\nabla f\\) and $$\\n x = \\nu_e\\n$$ or \\[\\neg p\\].";
        List<Integer> found = NewlineEscapes.find(text);
        // Only the two line breaks around the display math remain.
        assertEquals(List.of(text.indexOf("$$\\n") + 2, text.indexOf("\\nu_e") + 5), found);
    }

    @Test
    void commandNamesOutsideMathAreEscapes() {
        String text = "d) Graphite\\ne) Silicon";
        assertEquals(List.of(11), NewlineEscapes.find(text));
    }

    @Test
    void anEscapeRightAfterAnOpeningDisplayDelimiterIsALineBreak() {
        // "$$\nu(t) = ..." in text that writes its line breaks as escapes: a break, then u(t).
        String text = "The law:\\n\\n$$\\nu(t) = K_p e(t)\\n$$\\nwhere";
        assertEquals(all(text), NewlineEscapes.find(text));
    }

    @Test
    void withRealLineBreaksTheDisplayOpeningExceptionDoesNotApply() {
        String text = "Divergence:\n\n$$\\nabla \\cdot F = 0$$\n";
        assertEquals(List.of(), NewlineEscapes.find(text));
    }

    @Test
    void stringLiteralsInFencedCodeAreNotEscapes() {
        String text = "Code:\\n```c\\nprintf(\"%d\\n\", n);\\nputchar('\\n');\\n```\\nDone";
        List<Integer> found = NewlineEscapes.find(text);
        int inString = text.indexOf("%d\\n") + 2;
        int inChar = text.indexOf("'\\n'") + 1;
        List<Integer> expected = new ArrayList<>(all(text));
        expected.remove(Integer.valueOf(inString));
        expected.remove(Integer.valueOf(inChar));
        assertEquals(expected, found);
    }

    @Test
    void singleQuotedStringsInCodeButNotApostrophesInComments() {
        String text = "```python\\nprint('a\\nb')  # don't\\nx = 1\\n```";
        List<Integer> expected = new ArrayList<>(all(text));
        expected.remove(Integer.valueOf(text.indexOf("a\\nb") + 1));
        assertEquals(expected, NewlineEscapes.find(text));
    }

    @Test
    void lispQuotedSymbolsDoNotOpenStrings() {
        String text = "```scheme\n(cond\n  ((> x 0) 'positive)\n  (else 'zero))\n```";
        assertEquals(all(text), NewlineEscapes.find(text));
    }

    @Test
    void inlineCodeIsNotEscaped() {
        String text = "Write `\\n` for a new line.\\nNext";
        assertEquals(List.of(text.lastIndexOf("\\n")), NewlineEscapes.find(text));
    }

    @Test
    void currencyDollarsDoNotOpenMathAcrossParagraphs() {
        String text = "It costs $5.\\n\\nneither $10 nor more";
        assertEquals(all(text), NewlineEscapes.find(text));
    }

    @Test
    void backslashesBeforeTheEscapeDoNotHideIt() {
        // A LaTeX row end \\ followed by a line break, inside display math.
        String text = "$$\\begin{matrix} 1 & 0 \\\\\\n 0 & 1 \\end{matrix}$$";
        assertEquals(List.of(text.indexOf("\\\\\\n") + 2), NewlineEscapes.find(text));
    }

    @Test
    void aValueAskedAgainGivesTheSameEscapesAndAnotherValueItsOwn() {
        String first = "one\\ntwo $\\nabla$\\nthree";
        String second = new String("x\\ny");
        List<Integer> found = NewlineEscapes.find(first);
        assertEquals(List.of(3, 17), found);
        assertEquals(found, NewlineEscapes.find(first));
        assertEquals(List.of(1), NewlineEscapes.find(second));
        assertEquals(List.of(3, 17), NewlineEscapes.find(new String(first)), "an equal text, not the same object");
        assertEquals(List.of(), NewlineEscapes.find("no escape"));
        assertEquals(List.of(1), NewlineEscapes.find(second));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> found.add(0),
                "the escapes are shared by the rules that ask, so none may change them");
    }
}
