package dev.contentlint.page.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contentlint.page.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every character of a scalar's value maps back to the exact source characters that made it:
 * a plain copy to itself, an escape to the whole escape, a folded or kept line break to the
 * line break, a doubled quote to both quotes.
 */
class ScalarSourceMapTest {

    /** The scalar under {@code key} in the root mapping, parsed by both parsers, which must agree. */
    static YamlScalar scalar(String src, String key) {
        return scalar(src, 0, src.length(), key);
    }

    static YamlScalar scalar(String src, int from, int to, String key) {
        YamlParser.Result fast = YamlParser.parse(src, from, to);
        YamlParser.Result full = YamlParser.parseFully(src, from, to);
        assertEquals(java.util.List.of(), full.problems(), src);
        assertEquals(java.util.List.of(), fast.problems(), src);
        YamlScalar a = (YamlScalar) ((YamlMapping) fast.root()).get(key).orElseThrow();
        YamlScalar b = (YamlScalar) ((YamlMapping) full.root()).get(key).orElseThrow();
        assertEquals(b.value(), a.value(), src);
        assertEquals(b.range(), a.range(), src);
        assertEquals(b.style(), a.style(), src);
        return b;
    }

    /**
     * Checks every value character against the source: a plain copy must map to one source
     * character equal to it; anything else must map to the escape, line break or doubled quote
     * that produced it. Positions never go backwards and stay inside the scalar.
     */
    static void assertMapsBack(String src, YamlScalar scalar) {
        ScalarSourceMap map = scalar.sourceMap();
        assertTrue(map.isExact(), () -> "not exact: " + show(src.substring(scalar.range().start(), scalar.range().end())));
        String value = scalar.value();
        int previous = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Range r = map.sourceRange(i, i + 1);
            String where = "value[" + i + "] '" + show(String.valueOf(c)) + "' of " + show(value);
            assertTrue(scalar.range().contains(r), where + " maps outside the scalar: " + r);
            assertTrue(r.start() >= previous, where + " maps before the previous character");
            assertEquals(r.start(), map.sourceOffset(i), where);
            previous = r.start();
            String from = src.substring(r.start(), r.end());
            if (from.length() == 1 && from.charAt(0) == c) {
                assertEquals(c, src.charAt(map.sourceOffset(i)), where); // a plain copy
            } else if (from.startsWith("\\")) {
                assertTrue(unescape(from).indexOf(c) >= 0, where + " maps to escape " + show(from));
            } else if (from.equals("''")) {
                assertEquals('\'', c, where);
            } else if (c == '\n' || c == ' ') {
                assertTrue(from.equals("\n") || from.equals("\r\n"), where + " maps to " + show(from));
            } else {
                fail(where + " maps to " + show(from));
            }
        }
    }

    /** Each character of {@code marker} in the value maps to the same character of the marker in the source. */
    static void assertMarker(String src, YamlScalar scalar, String marker) {
        int inValue = scalar.value().indexOf(marker);
        int inSource = src.indexOf(marker);
        assertTrue(inValue >= 0 && inSource >= 0, marker);
        for (int k = 0; k < marker.length(); k++) {
            assertEquals(inSource + k, scalar.sourceMap().sourceOffset(inValue + k), marker + "[" + k + "]");
        }
        assertEquals(new Range(inSource, inSource + marker.length()),
                scalar.sourceRange(inValue, inValue + marker.length()));
    }

    private static String unescape(String escape) {
        char code = escape.charAt(1);
        return switch (code) {
            case 'x', 'u', 'U' -> new String(Character.toChars(Integer.parseInt(escape.substring(2), 16)));
            case 'n' -> "\n";
            case 't', '\t' -> "\t";
            case '0' -> "\0";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'e' -> "\u001B";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            case 'a' -> "\u0007";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            default -> String.valueOf(code);
        };
    }

    static String show(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    // ----- plain -----

    @Test
    void plainOneLine() {
        String src = "key: plain value with MARK and a:colon x#not-comment\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("plain value with MARK and a:colon x#not-comment", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertEquals(new Range(5, src.length() - 1), s.contentRange());
    }

    @Test
    void plainMultiLineFolds() {
        String src = "key: first line   \n   second MARK line\n\n\n  after blanks\nnext: 1\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("first line second MARK line\n\nafter blanks", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "after blanks");
    }

    @Test
    void plainWithAstralCharacters() {
        String src = "a: 😀 x\nkey: 🚀 rocket MARK 😀\nb: >\n  😀 folded MARK2\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("🚀 rocket MARK 😀", s.value());
        assertEquals(src.indexOf("🚀"), s.range().start());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        YamlScalar b = scalar(src, "b");
        assertMapsBack(src, b);
        assertMarker(src, b, "MARK2");
    }

    // ----- quoted -----

    @Test
    void singleQuoted() {
        String src = "key: 'it''s a MARK, ''quoted'' # not a comment'\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("it's a MARK, 'quoted' # not a comment", s.value());
        assertEquals(ScalarStyle.SINGLE_QUOTED, s.style());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertEquals(new Range(src.indexOf("''"), src.indexOf("''") + 2), s.sourceRange(2, 3));
    }

    @Test
    void singleQuotedMultiLine() {
        String src = "key: 'one\n  two ''MARK''\n\n  three'\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("one two 'MARK'\nthree", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
    }

    @Test
    void doubleQuotedEscapes() {
        String src = "key: \"tab\\tnl\\nhex\\x41 e\\u00e9 emoji\\U0001F600 MARK q\\\" bs\\\\ sl\\/ nul\\0 sp\\ x\"\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("tab\tnl\nhexA eé emoji😀 MARK q\" bs\\ sl/ nul\0 sp x", s.value());
        assertEquals(ScalarStyle.DOUBLE_QUOTED, s.style());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        String v = s.value();
        assertEquals(range(src, "\\t"), s.sourceRange(v.indexOf('\t'), v.indexOf('\t') + 1));
        assertEquals(range(src, "\\n"), s.sourceRange(v.indexOf('\n'), v.indexOf('\n') + 1));
        assertEquals(range(src, "\\x41"), s.sourceRange(v.indexOf('A'), v.indexOf('A') + 1));
        assertEquals(range(src, "\\u00e9"), s.sourceRange(v.indexOf('é'), v.indexOf('é') + 1));
        int emoji = v.indexOf("😀");
        assertEquals(range(src, "\\U0001F600"), s.sourceRange(emoji, emoji + 1));
        assertEquals(range(src, "\\U0001F600"), s.sourceRange(emoji + 1, emoji + 2));
        assertEquals(range(src, "\\U0001F600"), s.sourceRange(emoji, emoji + 2));
        assertEquals(range(src, "\\\""), s.sourceRange(v.indexOf('"'), v.indexOf('"') + 1));
        // The content range is everything between the quotes.
        assertEquals(new Range(6, src.length() - 2), s.contentRange());
    }

    @Test
    void doubleQuotedEscapedLineBreaks() {
        String src = "key: \"first \\\n   MARK continues\n   folded\\\n   \\ kept space\"\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("first MARK continues folded kept space", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "kept");
        // "folded" then the escaped space: the break and the indentation make no character.
        int space = s.value().indexOf(" kept");
        assertEquals(range(src, "\\ "), s.sourceRange(space, space + 1));
    }

    @Test
    void doubleQuotedMultiLineWithBlankLine() {
        String src = "key: \"one\n  two\n\n  MARK\"\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("one two\nMARK", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
    }

    private static Range range(String src, String needle) {
        int at = src.indexOf(needle);
        assertTrue(at >= 0, needle);
        return new Range(at, at + needle.length());
    }

    // ----- literal -----

    @ParameterizedTest
    @ValueSource(strings = {"|", "|-", "|+"})
    void literal(String header) {
        String src = "key: " + header + "\n  line one\n    indented MARK\n\n  last\n\n\nnext: 1\n";
        YamlScalar s = scalar(src, "key");
        String body = "line one\n  indented MARK\n\nlast";
        String expected = switch (header) {
            case "|" -> body + "\n";
            case "|-" -> body;
            default -> body + "\n\n\n";
        };
        assertEquals(expected, s.value());
        assertEquals(ScalarStyle.LITERAL, s.style());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "  indented");
    }

    @Test
    void literalWithIndentationIndicator() {
        String src = "key: |2\n    two extra spaces\n  base MARK\nnext: 1\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("  two extra spaces\nbase MARK\n", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "  two");
    }

    @Test
    void literalWithIndentationIndicatorAndChomping() {
        String src = "seo:\n  key: |1-\n    four spaces\n   MARK\n";
        YamlScalar s = (YamlScalar) ((YamlMapping) ((YamlMapping) YamlParser.parseFully(src, 0, src.length()).root())
                .get("seo").orElseThrow()).get("key").orElseThrow();
        assertEquals(" four spaces\nMARK", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
    }

    @Test
    void literalWithLeadingBlankLines() {
        String src = "key: |\n\n\n  after two blank lines MARK\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("\n\nafter two blank lines MARK\n", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
    }

    @Test
    void literalWithCrlf() {
        String src = "key: |\r\n  one\r\n  two MARK\r\n\r\nnext: 1\r\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("one\ntwo MARK\n", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
    }

    // ----- folded -----

    @ParameterizedTest
    @ValueSource(strings = {">", ">-", ">+"})
    void folded(String header) {
        String src = "key: " + header + "\n  folded line one\n  line two MARK\n\n  after blank\n    more indented\n"
                + "    again\n  back\n\n\nnext: 1\n";
        YamlScalar s = scalar(src, "key");
        String body = "folded line one line two MARK\nafter blank\n  more indented\n  again\nback";
        String expected = switch (header) {
            case ">" -> body + "\n";
            case ">-" -> body;
            default -> body + "\n\n\n";
        };
        assertEquals(expected, s.value());
        assertEquals(ScalarStyle.FOLDED, s.style());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "  more indented");
        assertMarker(src, s, "back");
        // The folded line break between "one" and "line" is the source line break.
        int space = s.value().indexOf(" line two");
        int lineBreak = src.indexOf("\n  line two");
        assertEquals(new Range(lineBreak, lineBreak + 1), s.sourceRange(space, space + 1));
    }

    @Test
    void foldedWithEscapedNewlinesAsInTheCorpus() {
        String src = "question: >-\n    Why?\nanswer: >-\n    First paragraph.\\n\\nSecond MARK with \\\\neq and"
                + " \\nabla\n    continued here.\n";
        YamlScalar s = scalar(src, "answer");
        assertEquals("First paragraph.\\n\\nSecond MARK with \\\\neq and \\nabla continued here.", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertMarker(src, s, "\\n\\n");
        assertMarker(src, s, "\\nabla");
        int escape = s.value().indexOf("\\n");
        assertEquals(new Range(src.indexOf("\\n"), src.indexOf("\\n") + 2), s.sourceRange(escape, escape + 2));
    }

    @Test
    void foldedNestedAndInsideAPage() {
        String page = "---\nseo:\n  page_description: >-\n      deep indent\n      MARK here\n  title: t\n---\nbody\n";
        int from = 4;
        int to = page.indexOf("---\nbody");
        YamlParser.Result fast = YamlParser.parse(page, from, to);
        YamlParser.Result full = YamlParser.parseFully(page, from, to);
        YamlScalar a = (YamlScalar) ((YamlMapping) ((YamlMapping) fast.root()).get("seo").orElseThrow())
                .get("page_description").orElseThrow();
        YamlScalar b = (YamlScalar) ((YamlMapping) ((YamlMapping) full.root()).get("seo").orElseThrow())
                .get("page_description").orElseThrow();
        assertEquals("deep indent MARK here", a.value());
        assertEquals(b.range(), a.range());
        assertMapsBack(page, a);
        assertMarker(page, a, "MARK");
        assertMapsBack(page, b);
    }

    @Test
    void foldedWithTabAfterIndentation() {
        String src = "key: >\n  a\n  \tb MARK\n  c\n";
        YamlScalar s = scalar(src, "key");
        assertEquals("a\n\tb MARK\nc\n", s.value());
        assertMapsBack(src, s);
        assertMarker(src, s, "\tb MARK");
    }

    @Test
    void foldedWithCrlfMatchesLf() {
        String lf = "key: >-\n  one\n  two MARK\n\n  three\n";
        String crlf = lf.replace("\n", "\r\n");
        YamlScalar a = scalar(lf, "key");
        YamlScalar b = scalar(crlf, "key");
        assertEquals(a.value(), b.value());
        assertMapsBack(crlf, b);
        assertMarker(crlf, b, "MARK");
        assertMarker(crlf, b, "three");
    }

    // ----- ranges of spans -----

    @Test
    void sourceRangeOfASpanAcrossAFold() {
        String src = "key: >-\n  as an AI\n  language model\n";
        YamlScalar s = scalar(src, "key");
        int from = s.value().indexOf("AI language");
        int to = from + "AI language".length();
        assertEquals(new Range(src.indexOf("AI"), src.indexOf("language") + "language".length()), s.sourceRange(from, to));
    }

    @Test
    void sourceRangeEdges() {
        String src = "key: >-\n  abc\n";
        YamlScalar s = scalar(src, "key");
        int a = src.indexOf("abc");
        assertEquals(Range.at(a + 1), s.sourceRange(1, 1)); // empty span: the point before the character
        assertEquals(Range.at(a + 3), s.sourceRange(3, 3)); // just past the end
        assertEquals(Range.at(a + 3), s.sourceRange(5, 6)); // beyond the value: its end
        assertEquals(new Range(a, a + 3), s.contentRange());
    }

    @Test
    void emptyScalars() {
        String src = "a: ''\nb: \"\"\nc: |-\nd: x\n";
        for (String key : new String[] {"a", "b", "c"}) {
            YamlScalar s = (YamlScalar) ((YamlMapping) YamlParser.parseFully(src, 0, src.length()).root())
                    .get(key).orElseThrow();
            assertEquals("", s.value(), key);
            assertEquals(Range.at(s.range().start()), s.contentRange(), key);
            assertEquals(Range.at(s.range().start()), s.sourceRange(0, 0), key);
        }
    }

    /** A layout the map may not model is coarse (the whole scalar) but never wrong. */
    @Test
    void unmodelledLayoutIsCoarseButNeverWrong() {
        String src = "key:\n  |2\n    two\n  base MARK\n";
        YamlScalar s = (YamlScalar) ((YamlMapping) YamlParser.parseFully(src, 0, src.length()).root())
                .get("key").orElseThrow();
        assertEquals("  two\nbase MARK\n", s.value());
        if (s.sourceMap().isExact()) {
            assertMapsBack(src, s);
            assertMarker(src, s, "MARK");
        } else {
            for (int i = 0; i < s.value().length(); i++) {
                assertEquals(s.range(), s.sourceRange(i, i + 1));
            }
        }
    }

    @Test
    void buildRefusesAValueThatTheSourceDoesNotGive() {
        String src = "key: some text\n";
        ScalarSourceMap map = ScalarSourceMap.build(src, new Range(5, 14), ScalarStyle.PLAIN, "other text");
        assertTrue(!map.isExact());
        assertEquals(new Range(5, 14), map.sourceRange(0, 3));
        ScalarSourceMap exact = ScalarSourceMap.build(src, new Range(5, 14), ScalarStyle.PLAIN, "some text");
        assertTrue(exact.isExact());
        assertEquals(new Range(10, 14), exact.sourceRange(5, 9));
    }
}
