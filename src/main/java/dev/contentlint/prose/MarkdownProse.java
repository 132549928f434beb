package dev.contentlint.prose;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.contentlint.config.MarkdownDialect;
import dev.contentlint.text.CodeAndMath;
import dev.contentlint.text.MarkdownCode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Comparator;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * Turns Markdown into LanguageTool's {@link AnnotatedText}: only prose is text, everything else
 * is markup that keeps its place, so match offsets stay offsets into the Markdown.
 *
 * <p>Code blocks, HTML blocks, image text and link targets are markup. Inline code, LaTeX math,
 * URLs (autolinks and bare ones) and inline HTML are markup read as a neutral token, so that the sentence around
 * them still reads as one ("use `ls` to list" is checked as "use X1 to list"). Prose in
 * different blocks is separated by a blank line, which ends LanguageTool's paragraph.
 */
public final class MarkdownProse {
    /**
     * What inline code and math read as. A token with a digit is never misspelled, and this one
     * raised no grammar match in any position tried ("a X1", "an X1", "X1 holds", "X1 are");
     * the number 1 set off plural agreement rules ("1 holds").
     */
    static final String PLACEHOLDER = "X1";

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private MarkdownProse() {}

    /** A run of the Markdown that is read as prose, or as a placeholder; {@code block} tells paragraphs apart. */
    private record Piece(int start, int end, Node block, String interpretAs) {
        boolean isText() {
            return interpretAs == null;
        }
    }

    /** The annotated text, and which characters of the Markdown are prose (the rest is markup). */
    public record Annotated(AnnotatedText text, BitSet prose) {
        /** Whether {@code [from, to)} holds any prose, as opposed to placeholders and markup only. */
        public boolean coversProse(int from, int to) {
            int next = prose.nextSetBit(from);
            return next >= 0 && next < to;
        }
    }

    public static Annotated annotate(String markdown) {
        return annotate(markdown, MarkdownDialect.NONE, false);
    }

    /** As above, with the site's dialect: its inline markup reads as a placeholder, its block markup as nothing. */
    public static Annotated annotate(String markdown, MarkdownDialect dialect) {
        return annotate(markdown, dialect, false);
    }

    /**
     * @param endsParagraph whether the text is read as ending with a paragraph break: a
     *                      paragraph checked alone then ends in the same sentence, blank line
     *                      included, as in its whole text, so LanguageTool's analysis of that
     *                      sentence is found again
     */
    static Annotated annotate(String markdown, MarkdownDialect dialect, boolean endsParagraph) {
        List<Piece> pieces = pieces(markdown, dialect);
        BitSet prose = new BitSet(markdown.length());
        Set<Node> blocksWithText = Collections.newSetFromMap(new IdentityHashMap<>());
        pieces.stream().filter(Piece::isText).forEach(p -> blocksWithText.add(p.block()));
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int at = 0;
        Node block = null;
        boolean joinNext = false;
        for (Piece piece : pieces) {
            if (piece.start() < at) {
                continue; // inside a placeholder already emitted (code within math, say)
            }
            // A paragraph of display math only ("given by:", $$F = ma$$, "where F is …") is part
            // of the sentence around it, so it neither ends the paragraph before nor after it.
            boolean mathOnly = !blocksWithText.contains(piece.block());
            boolean newBlock = block != null && block != piece.block() && !mathOnly && !joinNext;
            if (piece.start() > at || newBlock) {
                String gap = markdown.substring(at, piece.start());
                builder.addMarkup(gap, block == null ? "" : gapReading(gap, newBlock));
            }
            String chars = markdown.substring(piece.start(), piece.end());
            if (piece.isText()) {
                builder.addText(chars);
                prose.set(piece.start(), piece.end());
            } else {
                builder.addMarkup(chars, piece.interpretAs());
            }
            at = piece.end();
            block = piece.block();
            joinNext = mathOnly;
        }
        if (at < markdown.length() || endsParagraph && block != null) {
            builder.addMarkup(markdown.substring(at), endsParagraph && block != null ? "\n\n" : "");
        }
        return new Annotated(builder.build(), prose);
    }

    /** A gap between blocks ends the paragraph; a line break inside one is a space. */
    private static String gapReading(String gap, boolean newBlock) {
        if (newBlock) {
            return "\n\n";
        }
        return gap.indexOf('\n') >= 0 || gap.indexOf(' ') >= 0 ? " " : "";
    }

    /** A bare URL in running text; CommonMark leaves it as text, so it is found here. */
    private static final Pattern BARE_URL = Pattern.compile(
            "\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>()\\[\\]`]*[^\\s<>()\\[\\]`.,;:!?'\"]");

    private static List<Piece> pieces(String markdown, MarkdownDialect dialect) {
        List<int[]> math = inlineMarkup(markdown, dialect);
        List<Piece> pieces = new ArrayList<>();
        collect(PARSER.parse(markdown), math, dialect.definitionLists(), pieces);
        if (!dialect.blockMarkup().isEmpty()) {
            List<int[]> blocks = matches(markdown, dialect.blockMarkup());
            pieces.removeIf(piece -> MarkdownCode.inside(blocks, piece.start()));
        }
        pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(p -> -p.end()));
        if (!dialect.inlineMarkup().isEmpty()) {
            dropSpacesBetweenPlaceholders(markdown, pieces);
        }
        return pieces;
    }

    /**
     * A site that writes macros writes them beside code ("`width` {{deprecated_inline}}"): the
     * space between two placeholders is markup, so that "X1 X1" is not a repeated word.
     */
    private static void dropSpacesBetweenPlaceholders(String markdown, List<Piece> pieces) {
        for (int i = pieces.size() - 2; i >= 1; i--) {
            Piece piece = pieces.get(i);
            if (piece.isText() && !pieces.get(i - 1).isText() && !pieces.get(i + 1).isText()
                    && pieces.get(i - 1).end() == piece.start() && piece.end() == pieces.get(i + 1).start()
                    && piece.block() == pieces.get(i - 1).block() && piece.block() == pieces.get(i + 1).block()
                    && markdown.substring(piece.start(), piece.end()).isBlank()) {
                pieces.remove(i);
            }
        }
    }

    private static List<int[]> matches(String markdown, List<com.google.re2j.Pattern> patterns) {
        List<int[]> spans = new ArrayList<>();
        for (com.google.re2j.Pattern pattern : patterns) {
            com.google.re2j.Matcher m = pattern.matcher(markdown);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return spans;
    }

    /**
     * Math, bare URLs and the dialect's inline markup, in text order, without overlaps: they read
     * as placeholders wherever they are in text.
     */
    private static List<int[]> inlineMarkup(String markdown, MarkdownDialect dialect) {
        List<int[]> spans = new ArrayList<>(new CodeAndMath(markdown).mathSpans());
        Matcher url = BARE_URL.matcher(markdown);
        while (url.find()) {
            spans.add(new int[] {url.start(), url.end()});
        }
        spans.addAll(matches(markdown, dialect.inlineMarkup()));
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (merged.isEmpty() || span[0] >= merged.get(merged.size() - 1)[1]) {
                merged.add(span);
            }
        }
        return merged;
    }

    private static void collect(Node node, List<int[]> math, boolean definitionLists, List<Piece> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                Node block = proseBlock(child);
                if (block != null) {
                    int start = definitionLists ? afterDefinitionMark(child, block) : child.getStartOffset();
                    addText(start, child.getEndOffset(), block, math, out);
                }
            } else if (child instanceof Code || child instanceof AutoLink || child instanceof MailLink
                    || child instanceof HtmlInline) {
                Node block = proseBlock(child);
                if (block != null) {
                    out.add(new Piece(child.getStartOffset(), child.getEndOffset(), block, PLACEHOLDER));
                }
            } else if (child instanceof HtmlEntity entity) {
                Node block = proseBlock(child);
                if (block != null) {
                    out.add(new Piece(child.getStartOffset(), child.getEndOffset(), block,
                            Escaping.unescapeString(entity.getChars().toString())));
                }
            } else if (!(child instanceof Image || child instanceof ImageRef)) {
                collect(child, math, definitionLists, out);
            }
        }
    }

    /**
     * Where the prose of a definition starts: after the ": " that opens the first paragraph of a
     * list item ({@code - term} then {@code   - : the definition}), which is markup.
     */
    private static int afterDefinitionMark(Node text, Node block) {
        int start = text.getStartOffset();
        if (block.getFirstChild() != text || !(block.getParent() instanceof ListItem)) {
            return start;
        }
        CharSequence chars = text.getChars();
        if (chars.length() == 0 || chars.charAt(0) != ':') {
            return start;
        }
        int skip = 1;
        while (skip < chars.length() && chars.charAt(skip) == ' ') {
            skip++;
        }
        return start + skip;
    }

    /** Adds the text run, with any math inside it as placeholders. */
    private static void addText(int start, int end, Node block, List<int[]> math, List<Piece> out) {
        int at = start;
        for (int[] span : math) {
            if (span[1] <= at || span[0] >= end) {
                continue;
            }
            if (span[0] > at) {
                out.add(new Piece(at, span[0], block, null));
            }
            if (span[0] >= start) {
                out.add(new Piece(span[0], span[1], block, PLACEHOLDER));
            }
            at = Math.min(end, span[1]);
        }
        if (at < end) {
            out.add(new Piece(at, end, block, null));
        }
    }

    /** The block whose prose the node is, or null when it is in code, HTML or an image. */
    private static Node proseBlock(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Image || up instanceof ImageRef) {
                return null;
            }
            if (isProseBlock(up)) {
                return up;
            }
            if (up instanceof Block) {
                return null;
            }
        }
        return null;
    }

    private static boolean isProseBlock(Node block) {
        return block instanceof Paragraph || block instanceof Heading || block instanceof TableCell;
    }
}
