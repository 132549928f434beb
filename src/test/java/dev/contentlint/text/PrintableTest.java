package dev.contentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "content/learn/physics/why-does-ice-float.md: 14 literal \\n in 'answer' — ünïcode";
        assertSame(text, Printable.of(text));
    }

    @Test
    void controlCharactersBecomeEscapes() {
        assertEquals("a\\nb\\r\\tc", Printable.of("a\nb\r\tc"));
        assertEquals("\\u001b[31mred\\u001b[0m", Printable.of("\u001b[31mred\u001b[0m"));
        assertEquals("nul\\u0000 del\\u007f c1\\u009b ls\\u2028", Printable.of("nul\u0000 del\u007f c1\u009b ls\u2028"));
    }

    @Test
    void aPathThatNeedsEscapesIsQuotedAsGitQuotesIt() {
        String plain = "content/learn/physics/why-does-ice-float.md";
        assertSame(plain, Printable.path(plain));
        assertEquals("\"physics/\\\\back.md\"", Printable.path("physics/\\back.md"));
        assertEquals("\"b\\nc.md\"", Printable.path("b\nc.md")); // a line break in the name
        assertEquals("\"b\\\\nc.md\"", Printable.path("b\\nc.md")); // a backslash and an n
        assertEquals("\"say \\\"hi\\\".md\"", Printable.path("say \"hi\".md"));
    }
}
