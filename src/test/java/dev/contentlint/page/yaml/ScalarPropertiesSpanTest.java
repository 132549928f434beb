package dev.contentlint.page.yaml;

import static dev.contentlint.page.yaml.ScalarSourceMapTest.assertMapsBack;
import static dev.contentlint.page.yaml.ScalarSourceMapTest.assertMarker;
import static dev.contentlint.page.yaml.ScalarSourceMapTest.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An anchor ({@code &a}) or a tag ({@code !!str}) before a scalar is not part of it: the span,
 * the content range and the per-character map start at the value, in every scalar style, with
 * the properties on the key's line or on a line of their own.
 */
class ScalarPropertiesSpanTest {

    /** Properties as written before a value, from the simplest to several with a comment between. */
    static final List<String> PROPERTIES = List.of("&t ", "!!str ", "&t !!str ", "!!str &t ", "!<tag:yaml.org,2002:str> ",
            "&t  ", "&t # the anchor\n  ", "&t\n  !!str ");

    /** A value in each style, with MARK inside it; the span must start at the value's first character. */
    static final List<String[]> VALUES = List.of(
            new String[] {"plain", "Hello MARK world"},
            new String[] {"single", "'Hello MARK ''world'''"},
            new String[] {"double", "\"Hello MARK \\\"world\\\"\""},
            new String[] {"literal", "|-\n  Hello MARK\n  world\n"},
            new String[] {"folded", ">-\n  Hello MARK\n  world\n"},
            new String[] {"literal-keep", "|+\n  Hello\n  MARK\n\n"});

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String[] value : VALUES) {
            for (String properties : PROPERTIES) {
                out.add(Arguments.of(value[0], properties, value[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("cases")
    void theSpanStartsAtTheValue(String style, String properties, String value) {
        String before = "first: 1\ntitle: ";
        String src = before + properties + value + (value.endsWith("\n") ? "" : "\n") + "last: 2\n";
        YamlScalar bare = scalarOf("first: 1\ntitle: " + value + (value.endsWith("\n") ? "" : "\n") + "last: 2\n");
        YamlScalar s = scalarOf(src);
        int valueStart = before.length() + properties.length();
        assertEquals(bare.value(), s.value(), show(src));
        assertEquals(new Range(valueStart, bare.range().end() + properties.length()), s.range(), show(src));
        assertTrue(s.sourceMap().isExact(), () -> "not exact: " + show(src));
        assertMapsBack(src, s);
        assertMarker(src, s, "MARK");
        assertEquals(shifted(bare.contentRange(), properties.length()), s.contentRange(), show(src));
    }

    @Test
    void aTaggedIntegerSpansItsDigits() {
        String src = "id: !!int 5\nn: &n 42 # the answer\n";
        YamlScalar id = scalar(src, "id");
        assertEquals(YamlScalar.Type.INT, id.type());
        assertEquals(new Range(src.indexOf("5"), src.indexOf("5") + 1), id.range());
        assertEquals(id.range(), id.contentRange());
        YamlScalar n = scalar(src, "n");
        assertEquals(new Range(src.indexOf("42"), src.indexOf("42") + 2), n.range());
    }

    @Test
    void aScalarWithOnlyPropertiesIsEmptyAtTheirEnd() {
        String src = "a: &a\nb: !!str\nc: x\n";
        for (String key : new String[] {"a", "b"}) {
            YamlScalar s = scalar(src, key);
            assertEquals("", s.value(), key);
            assertEquals(s.range().start(), s.range().end(), key);
            assertTrue(s.range().start() >= src.indexOf(key + ": ") + 3, key + ": " + s.range());
            assertEquals(Range.at(s.range().start()), s.contentRange(), key);
        }
    }

    @Test
    void propertiesInFlowCollectionsAndOnKeys() {
        String src = "list: [&x one, !!str two, &y !!str 'three']\n&k key: &v value\n";
        YamlMapping root = root(src);
        YamlSequence list = (YamlSequence) root.get("list").orElseThrow();
        String[] words = {"one", "two", "'three'"};
        for (int i = 0; i < words.length; i++) {
            int at = src.indexOf(words[i]);
            assertEquals(new Range(at, at + words[i].length()), list.items().get(i).range(), words[i]);
        }
        YamlMapping.Entry entry = root.entries().get(1);
        assertEquals(new Range(src.indexOf("key"), src.indexOf("key") + 3), entry.key().range());
        assertEquals(new Range(src.indexOf("value"), src.indexOf("value") + 5), entry.value().range());
    }

    /**
     * The YAML test suite's case 26DV (whitespace around colons, anchors on quoted keys and
     * plain values): no scalar's span starts at an anchor, and every one maps back exactly.
     */
    @Test
    void yamlTestSuite26DV() {
        String src = "\"top1\" : \n  \"key1\" : &alias1 scalar1\n'top2' : \n  'key2' : &alias2 scalar2\n"
                + "top3: &node3 \n  *alias1 : scalar3\ntop4: \n  *alias2 : scalar4\ntop5   :    \n  scalar5\n"
                + "top6: \n  &anchor6 'key6' : scalar6\n";
        List<YamlScalar> scalars = new ArrayList<>();
        collect(root(src), scalars);
        assertEquals(17, scalars.size(), "keys and values, aliases counted where they stand");
        for (YamlScalar s : scalars) {
            char first = src.charAt(s.range().start());
            assertTrue(first != '&' && first != '!', () -> "'" + s.value() + "' starts at " + first);
            assertMapsBack(src, s);
        }
        YamlMapping top6 = (YamlMapping) root(src).get("top6").orElseThrow();
        assertEquals(new Range(src.indexOf("'key6'"), src.indexOf("'key6'") + 6), top6.entries().get(0).key().range());
        assertEquals(new Range(src.indexOf("key6"), src.indexOf("key6") + 4), top6.entries().get(0).key().contentRange());
    }

    private static void collect(YamlNode node, List<YamlScalar> out) {
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry e : mapping.entries()) {
                out.add(e.key());
                collect(e.value(), out);
            }
        } else if (node instanceof YamlSequence sequence) {
            sequence.items().forEach(item -> collect(item, out));
        } else if (node instanceof YamlScalar scalar) {
            out.add(scalar);
        }
    }

    private static Range shifted(Range range, int by) {
        return new Range(range.start() + by, range.end() + by);
    }

    private static YamlMapping root(String src) {
        YamlParser.Result result = YamlParser.parse(src, 0, src.length());
        assertEquals(List.of(), result.problems(), src);
        return (YamlMapping) result.root();
    }

    private static YamlScalar scalarOf(String src) {
        return scalar(src, "title");
    }

    private static YamlScalar scalar(String src, String key) {
        return (YamlScalar) root(src).get(key).orElseThrow();
    }
}
