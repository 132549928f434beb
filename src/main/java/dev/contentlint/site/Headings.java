package dev.contentlint.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.contentlint.text.CodeAndMath;
import java.util.ArrayList;
import java.util.List;

/**
 * The headings of Markdown text as flexmark's block parser finds them. Most texts have their
 * headings as lines that start with '#' and nothing that could hide such a line in a block or
 * make a heading elsewhere: no code fence, no line that starts an HTML block, no '#' after
 * indentation, a list marker or a quote marker, no line that could underline a setext heading
 * after a line of text, no carriage return. Then each of those lines is an ATX heading or text
 * whatever comes before or after it, so only they are read, each on its own, as CommonMark reads
 * an ATX heading: flexmark's parse of the whole text, every line through every block parser, was
 * a sixth of an audit's CPU with every rule on. Other texts are parsed whole.
 */
final class Headings {
    /**
     * Blocks only: a heading's text is its block's, so the inline parser, most of flexmark's
     * time on prose, is skipped. On the corpus this took heading-structure from about 13 s of
     * CPU to about 3.
     */
    private static final Parser BLOCKS = Parser.builder().customInlineParserFactory(
            (options, special, delimiters, processors, references, extensions) -> new InlineParserImpl(options,
                    special, delimiters, processors, references, extensions) {
                @Override
                public void parse(BasedSequence content, Node block) {
                    // inlines are not needed
                }
            }).build();
    /** What may come before a '#' that starts a heading in a list item or a block quote. */
    private static final String NESTING = " \t>*+-.)0123456789";

    /**
     * One heading: its level, its text as written without the white space around it, and the
     * span a finding marks in the text: an ATX heading's opening '#'s, a setext heading's text.
     */
    record Found(int level, String text, int start, int end) {}

    private Headings() {}

    /** The headings of the text, in order; a setext underline inside $$…$$ math is math, not a heading. */
    static List<Found> of(String markdown) {
        if (!mayHaveHeadings(markdown)) {
            return List.of();
        }
        List<Integer> lines = headingLines(markdown);
        return lines != null ? ofLines(markdown, lines) : ofDocument(markdown);
    }

    /**
     * An ATX heading's '#', or a line that can underline a setext heading: only '=' or only
     * '-', after any indentation and block-quote markers. Lists start lines with '-' on most
     * pages, and parsing them all cost most of heading-structure's time.
     */
    static boolean mayHaveHeadings(String text) {
        if (text.indexOf('#') >= 0) {
            return true;
        }
        int line = text.indexOf('\n'); // the first line cannot underline: a heading's text comes before
        while (line >= 0) {
            int end = text.indexOf('\n', line + 1);
            if (underlines(text, line + 1, end < 0 ? text.length() : end)) {
                return true;
            }
            line = end;
        }
        return false;
    }

    /** Whether the line [start, end) is only '=' or only '-' after indentation and quote markers. */
    private static boolean underlines(String text, int start, int end) {
        int i = skip(text, start, end, " \t>");
        char marker = i < end ? text.charAt(i) : 0;
        if (marker != '=' && marker != '-') {
            return false;
        }
        while (i < end && text.charAt(i) == marker) {
            i++;
        }
        return skip(text, i, end, " \t\r") == end;
    }

    /** The first index from {@code i} before {@code end} whose character is not one of {@code chars}. */
    private static int skip(String text, int i, int end, String chars) {
        while (i < end && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /**
     * Where the lines that start with '#' start, when they alone may be headings and each is one
     * (or text) on its own; null when the text needs the whole parse.
     */
    private static List<Integer> headingLines(String text) {
        if (text.indexOf('\r') >= 0) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        boolean previousBlank = true; // before the first line, as nothing can be underlined there
        int n = text.length();
        for (int start = 0; start <= n; ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            int quoted = skip(text, start, end, " \t>");
            if (quoted < end && text.charAt(quoted) == '<' || !previousBlank && underlines(text, start, end)) {
                return null; // an HTML block, or a setext heading perhaps
            }
            int nested = skip(text, start, end, NESTING);
            if (text.startsWith("```", nested) || text.startsWith("~~~", nested)) {
                return null; // a code fence, perhaps in a list item or a block quote
            }
            if (nested < end && text.charAt(nested) == '#') {
                if (nested > start) {
                    return null; // a heading in a list item or a block quote, or indented code, perhaps
                }
                starts.add(start);
            }
            previousBlank = quoted == end && skip(text, start, end, " \t") == end;
            start = end + 1;
        }
        return starts;
    }

    /** The ATX headings of the lines at {@code starts}. */
    private static List<Found> ofLines(String text, List<Integer> starts) {
        List<Found> found = new ArrayList<>(starts.size());
        for (int start : starts) {
            int end = text.indexOf('\n', start);
            Found heading = atx(text, start, end < 0 ? text.length() : end);
            if (heading != null) {
                found.add(heading);
            }
        }
        return found;
    }

    /**
     * The line [start, end), which starts with '#', as CommonMark reads it on its own: an ATX
     * heading of 1 to 6 '#'s and a space, a tab or nothing, whose text leaves out a closing run
     * of '#'s that follows a space or a tab; else (null) text.
     */
    private static Found atx(String text, int start, int end) {
        int open = skip(text, start, end, "#");
        if (open - start > 6 || open < end && text.charAt(open) != ' ' && text.charAt(open) != '\t') {
            return null;
        }
        int close = end;
        while (close > open && (text.charAt(close - 1) == ' ' || text.charAt(close - 1) == '\t')) {
            close--;
        }
        int hashes = close;
        while (hashes > open && text.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes == open || text.charAt(hashes - 1) == ' ' || text.charAt(hashes - 1) == '\t') {
            close = hashes;
        }
        return new Found(open - start, text.substring(open, close).strip(), start, open);
    }

    /** The headings of the whole text's parse (what {@link #of} must give for every text). */
    static List<Found> ofDocument(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> math = null;
        for (Heading heading : headings(BLOCKS.parse(text))) {
            if (heading.isSetextHeading()) {
                // A line of '=' or '-' inside $$…$$ math (a matrix, an equation) is math, not an underline.
                math = math != null ? math : new CodeAndMath(text).mathSpans();
                if (overlapsMath(heading, math)) {
                    continue;
                }
            }
            int start = heading.getStartOffset();
            int end = heading.isAtxHeading() ? start + heading.getOpeningMarker().length()
                    : heading.getText().getEndOffset();
            found.add(new Found(heading.getLevel(), heading.getText().toString().strip(), start, end));
        }
        return found;
    }

    private static boolean overlapsMath(Heading heading, List<int[]> math) {
        for (int[] span : math) {
            if (span[0] < heading.getEndOffset() && heading.getStartOffset() < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<Heading> headings(Node document) {
        List<Heading> headings = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, headings::add)).visit(document);
        return headings;
    }
}
