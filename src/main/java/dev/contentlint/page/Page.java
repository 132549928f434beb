package dev.contentlint.page;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.contentlint.page.yaml.YamlProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * One Markdown page: its decoded text, its front matter with source spans, and its body.
 * Offsets everywhere are into {@link #text()}, which excludes any UTF-8 byte order mark.
 */
public final class Page {
    /** Whether the page opens with a front-matter block, and whether that block could be read. */
    public enum FrontMatterState { ABSENT, VALID, INVALID }

    private final Path file;
    private final String displayPath;
    private final String text;
    private final FrontMatterState state;
    private final FrontMatter frontMatter;
    private final List<YamlProblem> problems;
    private final int bodyStart;
    private LineIndex lines;
    private Document markdown;

    /** CommonMark parser for bodies; flexmark parsers are immutable and safe to share. */
    private static final Parser MARKDOWN = Parser.builder().build();

    /** {@code lines}: the line index when reading the page made one already; null to make it on first use. */
    Page(Path file, String displayPath, String text, FrontMatterState state, FrontMatter frontMatter,
            List<YamlProblem> problems, int bodyStart, LineIndex lines) {
        this.lines = lines;
        this.file = file;
        this.displayPath = displayPath;
        this.text = text;
        this.state = state;
        this.frontMatter = frontMatter;
        this.problems = problems;
        this.bodyStart = bodyStart;
    }

    /** Parses a page's decoded text; never throws on bad content. */
    public static Page parse(Path file, String displayPath, String text) {
        return FrontMatterSplitter.split(file, displayPath, text);
    }

    public Path file() {
        return file;
    }

    /** The path as shown to users: relative to the working directory, with '/' separators. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public FrontMatterState frontMatterState() {
        return state;
    }

    /** The front matter, when a block exists and its YAML is a mapping; otherwise null. */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** What made the front matter invalid (syntax, duplicate keys, tags, nesting, …). */
    public List<YamlProblem> frontMatterProblems() {
        return problems;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public String body() {
        return text.substring(bodyStart);
    }

    /**
     * The body parsed as CommonMark, on first use. Node offsets are relative to
     * {@link #bodyStart()}.
     */
    public synchronized Document markdown() {
        if (markdown == null) {
            markdown = MARKDOWN.parse(body());
        }
        return markdown;
    }

    public synchronized LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(text);
        }
        return lines;
    }

    /** The text of a span, for messages and fingerprints. */
    public String textAt(Range range) {
        return text.substring(range.start(), range.end());
    }
}
