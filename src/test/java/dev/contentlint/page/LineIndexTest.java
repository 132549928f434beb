package dev.contentlint.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    private static Position pos(int line, int column) {
        return new Position(line, column);
    }

    @Test
    void lfLines() {
        LineIndex index = new LineIndex("ab\ncde\n\nf\n");
        assertEquals(5, index.lineCount()); // the empty line after the final break counts
        assertEquals(pos(1, 1), index.position(0));
        assertEquals(pos(1, 2), index.position(1));
        assertEquals(pos(1, 3), index.position(2)); // the '\n' itself ends line 1
        assertEquals(pos(2, 1), index.position(3));
        assertEquals(pos(2, 3), index.position(5));
        assertEquals(pos(2, 4), index.position(6));
        assertEquals(pos(3, 1), index.position(7)); // the empty line
        assertEquals(pos(4, 1), index.position(8));
        assertEquals(pos(4, 2), index.position(9));
        assertEquals(pos(5, 1), index.position(10)); // end of text
        assertEquals("cde", index.lineText(1));
        assertEquals("", index.lineText(2));
        assertEquals("", index.lineText(4));
        assertEquals(3, index.lineStart(1));
        assertEquals(6, index.lineEnd(1));
    }

    @Test
    void crlfLinesHaveTheColumnsOfLfLines() {
        String lf = "title: a\nanswer: >-\n  text here\n\nlast";
        LineIndex lfIndex = new LineIndex(lf);
        String crlf = lf.replace("\n", "\r\n");
        LineIndex crlfIndex = new LineIndex(crlf);
        assertEquals(lfIndex.lineCount(), crlfIndex.lineCount());
        for (int line = 0; line < lfIndex.lineCount(); line++) {
            assertEquals(lfIndex.lineText(line), crlfIndex.lineText(line), "line " + line);
            // Every character of the line content has the same position in both files.
            int lfStart = lfIndex.lineStart(line);
            int crlfStart = crlfIndex.lineStart(line);
            for (int i = 0; i <= lfIndex.lineText(line).length(); i++) {
                assertEquals(lfIndex.position(lfStart + i), crlfIndex.position(crlfStart + i), "line " + line + " col " + i);
            }
            assertEquals(crlfIndex.lineEnd(line) - crlfStart, lfIndex.lineEnd(line) - lfStart);
        }
        // The '\r' sits at the column just past the content, and the '\n' after it.
        assertEquals(pos(1, 9), crlfIndex.position(8));
        assertEquals(pos(1, 10), crlfIndex.position(9));
        assertEquals(pos(2, 1), crlfIndex.position(10));
    }

    @Test
    void lastLineWithoutLineBreak() {
        LineIndex index = new LineIndex("a\nbc");
        assertEquals(2, index.lineCount());
        assertEquals(pos(2, 1), index.position(2));
        assertEquals(pos(2, 2), index.position(3));
        assertEquals(pos(2, 3), index.position(4)); // just past the end
        assertEquals("bc", index.lineText(1));
        assertEquals(4, index.lineEnd(1));
    }

    @Test
    void loneCarriageReturnIsNotALineBreak() {
        LineIndex index = new LineIndex("a\rb\nc");
        assertEquals(2, index.lineCount());
        assertEquals(pos(1, 3), index.position(2));
        assertEquals("a\rb", index.lineText(0));
    }

    @Test
    void emptyText() {
        LineIndex index = new LineIndex("");
        assertEquals(1, index.lineCount());
        assertEquals(pos(1, 1), index.position(0));
        assertEquals("", index.lineText(0));
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        LineIndex index = new LineIndex("ab\ncd");
        assertEquals(pos(1, 1), index.position(-5));
        assertEquals(pos(2, 3), index.position(99));
    }

    @Test
    void columnsCountUtf16Units() {
        LineIndex index = new LineIndex("😀x\né");
        assertEquals(pos(1, 3), index.position(2)); // after the surrogate pair
        assertEquals(pos(2, 2), index.position(5));
    }

    @Test
    void manyLinesGrowTheIndex() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("line ").append(i).append('\n');
        }
        LineIndex index = new LineIndex(text.toString());
        assertEquals(1001, index.lineCount());
        int offset = text.indexOf("line 777");
        assertEquals(pos(778, 1), index.position(offset));
        assertEquals(pos(778, 6), index.position(offset + 5));
        assertEquals(777, index.lineOf(offset + 7));
        assertEquals("line 777", index.lineText(777));
    }
}
