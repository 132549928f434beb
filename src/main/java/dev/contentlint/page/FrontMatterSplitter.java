package dev.contentlint.page;

import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlParser;
import dev.contentlint.page.yaml.YamlProblem;
import dev.contentlint.page.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the front-matter block between '---' lines and parses its YAML. */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    static Page split(Path file, String displayPath, String text) {
        return split(file, displayPath, text, null);
    }

    /** With the page's bytes when they begin with plain ASCII, which the YAML reader can scan directly. */
    static Page split(Path file, String displayPath, String text, PlainAscii ascii) {
        LineIndex lines = ascii != null && ascii.all() ? new LineIndex(text, ascii.breaks(), ascii.count()) : null;
        int firstLineEnd = lineEnd(text, 0, ascii);
        if (!isFence(text, 0, firstLineEnd, false)) {
            return new Page(file, displayPath, text, Page.FrontMatterState.ABSENT, null, List.of(), 0, lines);
        }
        int yamlStart = nextLine(text, firstLineEnd);
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos, ascii);
            if (isFence(text, pos, end, true)) {
                return parse(file, displayPath, text, ascii, lines, yamlStart, pos, end, nextLine(text, end));
            }
            pos = nextLine(text, end);
        }
        YamlProblem unclosed = new YamlProblem(
                "front matter is not closed: no '---' line follows the opening one", new Range(0, firstLineEnd));
        return new Page(file, displayPath, text, Page.FrontMatterState.INVALID, null, List.of(unclosed),
                text.length(), lines);
    }

    private static Page parse(Path file, String displayPath, String text, PlainAscii ascii, LineIndex lines,
            int yamlStart, int yamlEnd, int closingEnd, int bodyStart) {
        YamlParser.Result result = ascii != null && ascii.length() >= yamlEnd
                ? YamlParser.parsePlainAscii(text, ascii.bytes(), ascii.breaks(), ascii.count(), yamlStart, yamlEnd)
                : YamlParser.parse(text, yamlStart, yamlEnd);
        List<YamlProblem> problems = new ArrayList<>(result.problems());
        Range block = new Range(0, closingEnd);
        Range yaml = new Range(yamlStart, yamlEnd);
        FrontMatter frontMatter = null;
        if (result.root() instanceof YamlMapping mapping) {
            frontMatter = new FrontMatter(mapping, block, yaml);
        } else if (result.root() == null || result.root() instanceof YamlScalar scalar && scalar.isEmpty()) {
            if (problems.isEmpty()) {
                frontMatter = new FrontMatter(new YamlMapping(List.of(), yaml), block, yaml);
            }
        } else {
            problems.add(new YamlProblem("front matter must be a mapping of fields, not a "
                    + (result.root() instanceof YamlScalar ? "single value" : "list"), result.root().range()));
        }
        Page.FrontMatterState state = problems.isEmpty() ? Page.FrontMatterState.VALID : Page.FrontMatterState.INVALID;
        return new Page(file, displayPath, text, state, frontMatter, List.copyOf(problems), bodyStart, lines);
    }

    /** A '---' line (or '...' when closing), allowing trailing blanks and a CR. */
    private static boolean isFence(String text, int start, int end, boolean closing) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        if (e - start != 3) {
            return false;
        }
        return text.startsWith("---", start) || closing && text.startsWith("...", start);
    }

    private static int lineEnd(String text, int from, PlainAscii ascii) {
        if (ascii != null) {
            return ascii.lineEnd(text, from);
        }
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int nextLine(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
