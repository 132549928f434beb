package dev.contentlint.text;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;

/** The code of a Markdown text as CommonMark reads it: inline code, fenced and indented code blocks. */
public final class MarkdownCode {
    private static final Parser MARKDOWN = Parser.builder().build();

    private MarkdownCode() {}

    /** Each code span or block of the parsed document as {start, end}, in document order. */
    public static List<int[]> spans(Node document) {
        List<int[]> spans = new ArrayList<>();
        VisitHandler<?>[] handlers = {
            new VisitHandler<>(Code.class, node -> spans.add(new int[] {node.getStartOffset(), node.getEndOffset()})),
            new VisitHandler<>(FencedCodeBlock.class,
                    node -> spans.add(new int[] {node.getStartOffset(), node.getEndOffset()})),
            new VisitHandler<>(IndentedCodeBlock.class,
                    node -> spans.add(new int[] {node.getStartOffset(), node.getEndOffset()}))};
        new NodeVisitor(handlers).visit(document);
        return spans;
    }

    /**
     * The text with its code written as spaces (line breaks kept), so that a search of the rest
     * finds what it finds at the same offsets.
     */
    public static String masked(String markdown) {
        if (markdown.indexOf('`') < 0 && markdown.indexOf('~') < 0 && !markdown.contains("    ")
                && !markdown.contains("\t")) {
            return markdown; // no code can be written without these
        }
        char[] chars = markdown.toCharArray();
        for (int[] span : spans(MARKDOWN.parse(markdown))) {
            for (int i = span[0]; i < span[1]; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Whether {@code offset} is inside one of {@code spans}. */
    public static boolean inside(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }
}
