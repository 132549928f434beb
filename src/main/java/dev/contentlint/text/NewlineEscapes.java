package dev.contentlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the two-character sequences backslash-n in a text that stand for a line break, and
 * tells them apart from those that do not:
 * <ul>
 *   <li>LaTeX commands such as {@code \neq}, {@code \nabla} and {@code \nu}, inside math
 *       ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}), except right after an
 *       opening {@code $$} in text that writes all its line breaks as escapes, where
 *       {@code $$\nu(t) = …} means a line break and then u(t);</li>
 *   <li>string and character literals in fenced code, such as {@code printf("%d\n", n)} or
 *       {@code print('a\nb')};</li>
 *   <li>inline code spans, such as {@code `\n`}.</li>
 * </ul>
 * Backslashes before the pair do not change it: a LaTeX row end {@code \\} followed by a
 * line break is written {@code \\\n}, and ASCII art ending in {@code \} as {@code \\n}.
 */
public final class NewlineEscapes {
    private static final String ESCAPE = "\\n";

    /** LaTeX and amsmath commands that begin with the letter n. */
    static final Set<String> LATEX_N_COMMANDS = Set.of(
            "nabla", "natural", "ncong", "ne", "nearrow", "neg", "negmedspace", "negthickspace", "negthinspace",
            "neq", "newcommand", "newenvironment", "newline", "newpage", "newtheorem", "nexists", "ngeq", "ngeqq",
            "ngeqslant", "ngtr", "ni", "nleftarrow", "nLeftarrow", "nleftrightarrow", "nLeftrightarrow", "nleq",
            "nleqq", "nleqslant", "nless", "nmid", "nobreak", "noindent", "nolimits", "nonumber", "norm",
            "normalsize", "not", "notag", "notin", "nparallel", "nprec", "npreceq", "nrightarrow", "nRightarrow",
            "nshortmid", "nshortparallel", "nsim", "nsubset", "nsubseteq", "nsucc", "nsucceq", "nsupset",
            "nsupseteq", "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq", "nu", "nvdash",
            "nvDash", "nVdash", "nVDash", "nwarrow");


    private NewlineEscapes() {}

    /** The offsets of the backslash of every backslash-n that stands for a line break. */
    public static List<Integer> find(String text) {
        List<Integer> escapes = new ArrayList<>();
        int first = text.indexOf(ESCAPE);
        if (first < 0) {
            return escapes;
        }
        CodeAndMath regions = new CodeAndMath(text);
        for (int i = first; i >= 0; i = text.indexOf(ESCAPE, i + 1)) {
            if (!regions.isCodeLiteral(i) && !regions.isLatexCommand(i)) {
                escapes.add(i);
            }
        }
        return escapes;
    }

    /** The text with a real line break in place of each escape at {@code escapes} (from {@link #find}). */
    public static String withLineBreaks(String text, List<Integer> escapes) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int escape : escapes) {
            out.append(text, at, escape).append('\n');
            at = escape + 2;
        }
        return out.append(text, at, text.length()).toString();
    }
}
