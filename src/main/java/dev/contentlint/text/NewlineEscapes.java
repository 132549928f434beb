package dev.contentlint.text;

import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * The last text with an escape that {@link #find} was given on this thread, and its escapes.
     * A page's rules run one after another on one thread, and several read the same value
     * ({@code escaped-newline}, and the site rules through the text role's segment): finding
     * its code and math was done once for each.
     */
    private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

    private record Found(String text, List<Integer> escapes) {}

    /** The offsets of the backslash of every backslash-n that stands for a line break; not to be changed. */
    public static List<Integer> find(String text) {
        if (text.indexOf(ESCAPE) < 0) {
            return List.of();
        }
        Found last = LAST.get();
        if (last != null && last.text() == text) {
            return last.escapes();
        }
        List<Integer> escapes = new ArrayList<>();
        CodeAndMath regions = new CodeAndMath(text); // its scan finds the escapes too: no search of the text again
        for (int i : regions.escapes()) {
            if (!regions.isCodeLiteral(i) && !regions.isLatexCommand(i)) {
                escapes.add(i);
            }
        }
        List<Integer> found = Collections.unmodifiableList(escapes);
        LAST.set(new Found(text, found));
        return found;
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
