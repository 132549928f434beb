package dev.contentlint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The math ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}), fenced code and inline
 * code of one Markdown text, whether its line breaks are real or written as backslash-n, and
 * where each backslash-n is, found by the same scan.
 */
public final class CodeAndMath {
    private static final String ESCAPE = "\\n";

    private final String text;
    private final List<int[]> math = new ArrayList<>();
    private final List<int[]> fenced = new ArrayList<>();
    private final List<int[]> inline = new ArrayList<>();
    /** The offset of every backslash-n's backslash, code and math included, in text order: the first {@code escapeCount}. */
    private int[] escapes = new int[16];
    private int escapeCount;
    /** The last paragraph end found, and the offset it was asked for. */
    private int lastParagraphFrom = Integer.MAX_VALUE;
    private int lastParagraphEnd = -1;

    public CodeAndMath(String text) {
        this.text = text;
        scan();
    }

    /** Each math span with its delimiters, as {start, end}, in text order. */
    public List<int[]> mathSpans() {
        List<int[]> spans = new ArrayList<>(math.size());
        for (int[] m : math) {
            spans.add(new int[] {m[3], m[4]});
        }
        return spans;
    }

    /** The offsets of the backslash of every backslash-n, code and math included, in text order. */
    int[] escapes() {
        return java.util.Arrays.copyOf(escapes, escapeCount);
    }

    private static final TextChars CHARS = new TextChars();

    private void scan() {
        char[] chars = CHARS.of(text); // faster than charAt on non-Latin-1 text
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c != '`' && c != '$' && c != '\\') {
                i++;
                continue;
            }
            int next;
            if (c == '`' && text.startsWith("```", i) && atLineStart(backOverSpaces(i))) {
                next = fenceEnd(i + 3);
                fenced.add(new int[] {i, next});
            } else if (c == '`') {
                next = inlineCode(i);
            } else if (c == '$') {
                next = dollarMath(i);
            } else if (i + 1 < length && (chars[i + 1] == '(' || chars[i + 1] == '[')) {
                // Most backslashes start a \n escape: the array answers before any search.
                String closer = chars[i + 1] == '(' ? "\\)" : "\\]";
                int close = text.indexOf(closer, i + 2);
                if (close > 0) {
                    math.add(new int[] {i + 2, close, 0, i, close + 2});
                    next = close + 2;
                } else {
                    next = i + 2;
                }
            } else {
                next = i + 1;
            }
            // What the scan passed over, a span of code or math or one backslash, may hold escapes.
            for (int j = i; j < next; j++) {
                if (chars[j] == '\\' && j + 1 < length && chars[j + 1] == 'n') {
                    if (escapeCount == escapes.length) {
                        escapes = java.util.Arrays.copyOf(escapes, escapeCount * 2);
                    }
                    escapes[escapeCount++] = j;
                }
            }
            i = next;
        }
    }

    private int inlineCode(int at) {
        int run = 0;
        while (at + run < text.length() && text.charAt(at + run) == '`') {
            run++;
        }
        int close = text.indexOf("`".repeat(run), at + run);
        if (close > 0 && close < paragraphEnd(at)) {
            inline.add(new int[] {at, close + run});
            return close + run;
        }
        return at + run;
    }

    /** {@code $$…$$} may span lines; a single {@code $} closes within its paragraph. */
    private int dollarMath(int at) {
        boolean display = text.startsWith("$$", at);
        int from = at + (display ? 2 : 1);
        int close = display ? text.indexOf("$$", from) : closingDollar(from);
        if (close < 0) {
            return from;
        }
        math.add(new int[] {from, close, display ? 1 : 0, at, close + (display ? 2 : 1)});
        return close + (display ? 2 : 1);
    }

    private int closingDollar(int from) {
        int limit = paragraphEnd(from);
        int close = text.indexOf('$', from);
        return close < 0 || close >= limit || text.startsWith("$$", close) ? -1 : close;
    }

    /** The next blank line, written as a real one or as two escapes. */
    private int paragraphEnd(int from) {
        // The scan asks again for each '$' and '`' of a paragraph: the end found last serves
        // every offset from where it was asked up to it, with no search to the text's end each time.
        if (lastParagraphFrom <= from && from <= lastParagraphEnd) {
            return lastParagraphEnd;
        }
        int escaped = text.indexOf("\\n\\n", from);
        int real = text.indexOf("\n\n", from);
        lastParagraphFrom = from;
        lastParagraphEnd = Math.min(escaped < 0 ? text.length() : escaped, real < 0 ? text.length() : real);
        return lastParagraphEnd;
    }

    private boolean atLineStart(int i) {
        return i == 0 || text.charAt(i - 1) == '\n' || i >= 2 && text.startsWith(ESCAPE, i - 2);
    }

    private int backOverSpaces(int i) {
        int j = i;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        return j;
    }

    /** Just past the closing fence, which must start a line; or the end of the text. */
    private int fenceEnd(int from) {
        for (int fence = text.indexOf("```", from); fence >= 0; fence = text.indexOf("```", fence + 3)) {
            if (atLineStart(backOverSpaces(fence))) {
                return fence + 3;
            }
        }
        return text.length();
    }

    boolean isCodeLiteral(int at) {
        for (int k = 0; k < inline.size(); k++) { // indexed: asked for each of 600,000 escapes
            int[] span = inline.get(k);
            if (span[0] < at && at < span[1]) {
                return true;
            }
        }
        for (int k = 0; k < fenced.size(); k++) {
            int[] block = fenced.get(k);
            if (block[0] < at && at < block[1]) {
                return insideQuotes(block[0], at);
            }
        }
        return false;
    }

    /**
     * Whether {@code at} sits inside a quoted literal of its code line. Quotes are tracked
     * from the block's start. A quote that no later quote in the block closes is a stray
     * one (as in a comment), so it does not capture the break. Triple quotes open docstrings, whose
     * breaks are real, so they are skipped whole.
     */
    private boolean insideQuotes(int blockStart, int at) {
        char open = 0;
        for (int j = blockStart; j < at; j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                if (open != 0 && text.startsWith(ESCAPE, j) && !closesInBlock(j + 2, open)) {
                    open = 0;
                }
                j++;
            } else if ((c == '"' || c == '\'') && text.startsWith(String.valueOf(c).repeat(3), j)) {
                j += 2;
            } else if (c == '"') {
                open = open == 0 ? c : open == c ? 0 : open;
            } else if (c == '\'' && open == '\'' && closesQuote(j)) {
                open = 0;
            } else if (c == '\'' && open == 0 && (isCharLiteral(j) || opensQuote(j))) {
                open = c;
            }
        }
        return open != 0 && closesInBlock(at + 2, open);
    }

    /** A closing quote follows before the code block ends. */
    private boolean closesInBlock(int from, char quote) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == quote && (quote == '"' || closesQuote(j))) {
                return true;
            }
            if (c == '\\') {
                j++;
            }
            if (c == '`' && text.startsWith("```", j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A single quote closes a string only before a non-word character; before a word it
     * opens one, or quotes a Lisp symbol ({@code 'positive}), which never closes.
     */
    private boolean closesQuote(int j) {
        return j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
    }

    /** A single quote after a non-word character opens a string; after a letter it is an apostrophe. */
    private boolean opensQuote(int j) {
        return j == 0 || !Character.isLetterOrDigit(text.charAt(j - 1));
    }

    /** A single quote that opens a character literal such as {@code '\n'} or {@code 'a'}. */
    private boolean isCharLiteral(int j) {
        return j + 2 < text.length() && text.charAt(j + 2) == '\''
                || j + 3 < text.length() && text.charAt(j + 1) == '\\' && text.charAt(j + 3) == '\'';
    }

    /** Whether the escape at {@code at} is a LaTeX command inside math; the math comes first, as most texts have none. */
    boolean isLatexCommand(int at) {
        for (int k = 0; k < math.size(); k++) {
            int[] span = math.get(k);
            if (span[0] <= at && at < span[1]) {
                boolean rightAfterDisplayOpening = span[2] == 1 && at == span[0] && escapedLines();
                return !rightAfterDisplayOpening && isLatexCommandName(at);
            }
        }
        return false;
    }

    /** True when the text has no real line break, so that backslash-n is how it writes them; asked rarely. */
    private boolean escapedLines() {
        return text.indexOf('\n') < 0;
    }

    private boolean isLatexCommandName(int at) {
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return NewlineEscapes.LATEX_N_COMMANDS.contains(text.substring(at + 1, end));
    }
}
