package dev.contentlint.page.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.Range;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The safe loader: no objects from tags, bounded aliases and nesting, problems where they stand. */
class YamlParserTest {

    private static YamlParser.Result parse(String yaml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> YamlParser.parse(yaml, 0, yaml.length()));
    }

    private static YamlMapping root(YamlParser.Result result) {
        return (YamlMapping) result.root();
    }

    @Test
    void anEmptyBlockScalarBeforeALessIndentedKeyIsTheEmptyString() {
        // YAML allows these and libyaml reads '' for each; snakeyaml-engine refuses them ("the leading
        // empty lines contain more spaces than the first non-empty line"), found by mutating real pages.
        Map<String, List<String>> cases = Map.of(
                "seo:\n  title: >-\nanswer: hello\n", List.of("seo", "title"),
                "a:\n  id: 3\n  title: |\nb: x\n", List.of("a", "title"),
                "seo:\n  title: >-\n\nanswer: hello\n", List.of("seo", "title"),
                "a:\n  b:\n    c: |-\n  d: 1\ne: 2\n", List.of("a", "b", "c"));
        cases.forEach((yaml, path) -> {
            assertEquals(1, YamlParser.parseFully(yaml, 0, yaml.length()).problems().size(), "snakeyaml refuses " + yaml);
            YamlParser.Result result = parse(yaml);
            assertEquals(List.of(), result.problems(), yaml);
            YamlNode node = root(result);
            for (String key : path) {
                node = ((YamlMapping) node).get(key).orElseThrow();
            }
            YamlScalar empty = (YamlScalar) node;
            assertEquals("", empty.value(), yaml);
            assertEquals(yaml.charAt(empty.range().start()) == '>' ? ScalarStyle.FOLDED : ScalarStyle.LITERAL,
                    empty.style(), yaml);
        });
    }

    @Test
    void aliasesAreSharedNotExpanded() {
        YamlParser.Result result = parse("a: &x [1, 2]\nb: *x\nc: &s text\nd: *s\n");
        assertEquals(List.of(), result.problems());
        assertSame(root(result).get("a").orElseThrow(), root(result).get("b").orElseThrow());
        assertSame(root(result).get("c").orElseThrow(), root(result).get("d").orElseThrow());
        assertEquals("text", ((YamlScalar) root(result).get("d").orElseThrow()).value());
    }

    @Test
    void aliasCountIsBounded() {
        String yaml = "a: &x v\nl: [" + String.join(", ", Collections.nCopies(YamlParser.MAX_ALIASES + 1, "*x")) + "]\n";
        YamlParser.Result result = parse(yaml);
        assertNull(result.root());
        assertEquals(1, result.problems().size());
        YamlProblem problem = result.problems().get(0);
        assertEquals("more than " + YamlParser.MAX_ALIASES + " aliases", problem.message());
        int last = yaml.lastIndexOf("*x");
        assertEquals(new Range(last, yaml.indexOf('\n', last)), problem.range());
    }

    @Test
    void aliasesUpToTheLimitAreFine() {
        String yaml = "a: &x v\nl: [" + String.join(", ", Collections.nCopies(YamlParser.MAX_ALIASES, "*x")) + "]\n";
        YamlParser.Result result = parse(yaml);
        assertEquals(List.of(), result.problems());
        assertEquals(YamlParser.MAX_ALIASES, ((YamlSequence) root(result).get("l").orElseThrow()).items().size());
    }

    @Test
    void unknownAliasIsAProblem() {
        String yaml = "a: *nope\nb: 1\n";
        YamlParser.Result result = parse(yaml);
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("*nope") || p.message().contains("nope")),
                result.problems().toString());
    }

    @Test
    void nestingIsBounded() {
        String yaml = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        YamlParser.Result result = parse(yaml);
        assertNull(result.root());
        assertEquals(1, result.problems().size());
        assertEquals("nesting is deeper than " + YamlParser.MAX_DEPTH + " levels", result.problems().get(0).message());
        // The root mapping is level 1, so the MAX_DEPTH-th bracket is the first one too deep.
        assertEquals(2 + YamlParser.MAX_DEPTH, result.problems().get(0).range().start());
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        int sequences = YamlParser.MAX_DEPTH - 1; // plus the root mapping
        String yaml = "x: " + "[".repeat(sequences) + "1" + "]".repeat(sequences) + "\n";
        YamlParser.Result result = parse(yaml);
        assertEquals(List.of(), result.problems());
    }

    @Test
void nestingOfPlainBlockMappingsIsBounded() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i <= YamlParser.MAX_DEPTH; i++) {
            yaml.append(" ".repeat(i)).append('k').append(i).append(":\n");
        }
        yaml.append(" ".repeat(YamlParser.MAX_DEPTH + 1)).append("v: 1\n");
        YamlParser.Result full = YamlParser.parseFully(yaml.toString(), 0, yaml.length());
        assertEquals(1, full.problems().size());
        assertEquals(full.problems(), parse(yaml.toString()).problems());
        StringBuilder deeper = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            deeper.append(" ".repeat(i)).append('k').append(i).append(":\n");
        }
        deeper.append(" ".repeat(3_000)).append("v: 1\n");
        YamlParser.Result result = parse(deeper.toString());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().startsWith("nesting is deeper than"));
    }

    @Test
    void customTagIsAProblemAndNoObjectIsConstructed() {
        String yaml = "id: !java.lang.Runtime 1\nobj: !custom {a: 1}\nok: !!int \"12\"\nstr: !!str 12\n";
        YamlParser.Result result = parse(yaml);
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertEquals("custom tag '!java.lang.Runtime' is not allowed (the value is read as plain text)",
                result.problems().get(0).message());
        assertEquals(yaml.indexOf("!java"), result.problems().get(0).range().start());
        assertEquals("custom tag '!custom' is not allowed (the value is read as plain text)",
                result.problems().get(1).message());
        assertEquals(yaml.indexOf("!custom"), result.problems().get(1).range().start());
        // The tagged value is kept as text: nothing is instantiated.
        YamlScalar id = (YamlScalar) root(result).get("id").orElseThrow();
        assertEquals("1", id.value());
        assertEquals("!java.lang.Runtime", id.tag());
        assertEquals(YamlScalar.Type.STRING, id.type());
        assertTrue(root(result).get("obj").orElseThrow() instanceof YamlMapping);
        // Core-schema tags resolve the type.
        assertEquals(YamlScalar.Type.INT, ((YamlScalar) root(result).get("ok").orElseThrow()).type());
        assertEquals(YamlScalar.Type.STRING, ((YamlScalar) root(result).get("str").orElseThrow()).type());
    }

    @Test
void nonCoreSecondaryTagsAreProblems() {
        for (String tag : new String[] {"!!python/object:os.system", "!!java/object:java.lang.Runtime", "!!set"}) {
            String yaml = "cmd: " + tag + " ls\n";
            YamlParser.Result result = parse(yaml);
            assertEquals(1, result.problems().size(), tag);
            assertTrue(result.problems().get(0).message().contains(tag.substring(2)), result.problems().toString());
            assertEquals(5, result.problems().get(0).range().start(), tag);
        }
    }

    @Test
    void duplicateKeysAreReportedWhereTheyStandAndTheFirstWins() {
        String yaml = "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n";
        YamlParser.Result result = parse(yaml);
        assertEquals(2, result.problems().size());
        assertEquals("duplicate key 'c' (first defined on line 3)", result.problems().get(0).message());
        assertEquals(new Range(yaml.lastIndexOf("c: 3"), yaml.lastIndexOf("c: 3") + 1), result.problems().get(0).range());
        assertEquals("duplicate key 'a' (first defined on line 1)", result.problems().get(1).message());
        assertEquals(yaml.lastIndexOf("a: 4"), result.problems().get(1).range().start());
        assertEquals("1", ((YamlScalar) root(result).get("a").orElseThrow()).value());
        assertEquals(2, root(result).entries().size());
    }

    @Test
    void duplicateKeyLineCountsFromTheWholeSource() {
        // Inside a page the first definition's line is the page's line, not the block's.
        String page = "---\ntitle: a\ntitle: b\n---\n";
        YamlParser.Result result = YamlParser.parse(page, 4, page.indexOf("---\n", 4));
        assertEquals("duplicate key 'title' (first defined on line 2)", result.problems().get(0).message());
        assertEquals(page.indexOf("title: b"), result.problems().get(0).range().start());
    }

    @Test
    void collectionKeyIsAProblem() {
        YamlParser.Result result = parse("? [a, b]\n: v\n");
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("mapping key must be a plain value")),
                result.problems().toString());
    }

    @Test
    void syntaxErrorIsAtTheParsersPosition() {
        String yaml = "a: 1\nb: a b: c\n";
        YamlParser.Result result = parse(yaml);
        assertNull(result.root());
        assertEquals(1, result.problems().size());
        YamlProblem problem = result.problems().get(0);
        assertTrue(problem.message().startsWith("YAML syntax error: mapping values are not allowed here"), problem.message());
        assertEquals(new Range(yaml.indexOf(": c"), yaml.indexOf(": c") + 3), problem.range());
    }

    @Test
    void syntaxErrorOffsetsAllowForAstralCharacters() {
        // snakeyaml counts code points; the problem must still land on the right UTF-16 offset.
        String yaml = "a: 😀😀😀\nb: x y: z\n";
        YamlParser.Result result = parse(yaml);
        assertEquals(yaml.indexOf(": z"), result.problems().get(0).range().start());
        String ok = "# 🚀\nk: 😀 v\n";
        YamlParser.Result parsed = parse(ok);
        YamlScalar k = (YamlScalar) root(parsed).get("k").orElseThrow();
        assertEquals(new Range(ok.indexOf("😀"), ok.length() - 1), k.range());
    }

    @Test
    void moreThanOneDocumentIsAProblem() {
        YamlParser.Result result = parse("a: 1\n---\nb: 2\n");
        assertEquals("front matter must hold a single YAML document", result.problems().get(0).message());
    }

    @Test
void emojiAtTheBufferBoundaryParses() {
        String prefix = "# comment: snakeyaml parses this\na: ";
        for (int at = 1000; at <= 2100; at = at == 1050 ? 2000 : at + 1) { // the emoji's offset
            int pad = at - prefix.length();
            String yaml = prefix + "x".repeat(pad) + "😀 tail\n";
            YamlParser.Result result = YamlParser.parse(yaml, 0, yaml.length());
            assertEquals(List.of(), result.problems(), "emoji at " + at);
            assertEquals("x".repeat(pad) + "😀 tail", ((YamlScalar) root(result).get("a").orElseThrow()).value());
        }
    }

    @Test
    void parseNeverThrowsOnHostileSnippets() {
        String[] snippets = {
            "", "\n", "---", "...", "a", "a:", ":", "- ", "? ", "[", "]", "{", "}", "'", "\"", "\"\\", "\"\\x4\"",
            "\"\\u12\"", "\"\\U0011FFFF\"", "&a", "*a", "!", "!!", "!<tag:x>", "%YAML 1.2\n---\na: 1", "%TAG ! x\n", "|",
            ">", "|0\n x", "|10\n x", ">-9\n", "a: |\n\tx", "a:\n\t- b", "a: 'x", "a: [1, {b: ]", "a: b\n  c: d",
            "\uFEFFa: 1", "a: \uD800", "a: \uDC00x", "a: b\r\n  c", "&a [*a]", "a: &a\n  b: *a", "<<: *x", "=: 1",
            "a: !!binary ==", "@x", "`x", "a: @x", "- - - - -", "a: >\n x\n  y\n z", "a: |2-\n x",
        };
        for (String snippet : snippets) {
            YamlParser.Result result = parse(snippet);
            // Either a tree or problems: never an exception.
            assertTrue(result.root() != null || !result.problems().isEmpty() || snippet.isBlank()
                    || snippet.startsWith("---") || snippet.startsWith("...") || snippet.startsWith("%"),
                    () -> "nothing for " + snippet);
            for (YamlProblem problem : result.problems()) {
                assertTrue(problem.range().end() <= snippet.length(), () -> snippet + ": " + problem);
            }
        }
    }

    @Test
void specialCharacterIsReportedWhereItIs() {
        String yaml = "# comment\ntitle: ok\nbad: a\u0007b\n";
        YamlParser.Result result = YamlParser.parseFully(yaml, 0, yaml.length());
        assertEquals(1, result.problems().size());
        assertEquals(yaml.indexOf('\u0007'), result.problems().get(0).range().start());
    }

    @Test
    void sizeIsBoundedOnTheFullParser() {
        String yaml = "# comment\na: \"" + "lorem ipsum ".repeat(YamlParser.MAX_CODE_POINTS / 12 + 1) + "\"\n";
        YamlParser.Result result = parse(yaml);
        assertNull(result.root());
        assertTrue(result.problems().get(0).message().startsWith("front matter is longer than"), result.problems().toString());
    }
}
