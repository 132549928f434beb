package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one YAML document into {@link YamlNode}s that keep their source spans.
 *
 * <p>It works from the parser's events rather than snakeyaml's composer so that it can stay
 * safe on hostile input: no object is ever constructed from a tag, nesting depth and alias
 * count are bounded, aliases are shared rather than expanded, and duplicate keys are reported
 * where they stand instead of failing the whole document.
 */
public final class YamlParser {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_ALIASES = 100;
    /** Values the document would hold with its aliases expanded: a few dozen in real front matter. */
    public static final long MAX_EXPANDED_VALUES = 100_000;
    /** snakeyaml scans very long lines in quadratic time; the fast path has no such limit. */
    public static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    /** The root node (null when the document is empty) and everything found wrong on the way. */
    public record Result(YamlNode root, List<YamlProblem> problems) {}

    /**
     * The buffer holds the whole block: snakeyaml-engine 2.10 fails on a character outside the
     * Basic Multilingual Plane that straddles two buffer fills.
     */
    private static LoadSettings settings(int length) {
        return LoadSettings.builder()
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowDuplicateKeys(true)
                .setUseMarks(true)
                .setBufferSize(Math.max(1024, length + 16))
                .build();
    }

    private final String source;
    private final int base;
    private final int[] charOffsets;
    private final List<YamlProblem> problems = new ArrayList<>();

    private YamlParser(String source, int from, int to) {
        this.source = source;
        this.base = from;
        this.charOffsets = codePointToCharOffsets(source, from, to);
    }

    /** Parses {@code source[from, to)}; spans in the result are offsets into {@code source}. */
    public static Result parse(String source, int from, int to) {
        YamlMapping simple = PlainBlockReader.read(source, from, to);
        if (simple != null) {
            return new Result(simple, List.of());
        }
        return parseFully(source, from, to);
    }

    /**
     * {@link #parse} for text whose {@code [0, to)} is plain ASCII (printable characters, spaces,
     * '\n'), given as {@code ascii}, its bytes at the same offsets, with the offsets of its line
     * breaks in {@code breaks[0, breakCount)}, in order, at least those before {@code to}: the
     * fast path reads them without a copy or a scan of its own.
     */
    public static Result parsePlainAscii(String source, byte[] ascii, int[] breaks, int breakCount, int from, int to) {
        YamlMapping simple = PlainBlockReader.readPlainAscii(source, ascii, breaks, breakCount, from, to);
        if (simple != null) {
            return new Result(simple, List.of());
        }
        return parseFully(source, from, to);
    }

    /** Parses with snakeyaml-engine alone, without the fast path; tests compare the two. */
    static Result parseFully(String source, int from, int to) {
        YamlParser parser = new YamlParser(source, from, to);
        YamlNode root = parser.run(source.substring(from, to));
        return new Result(root, List.copyOf(parser.problems));
    }

    /** Null when the text has no surrogate pairs, so that code point index equals char index. */
    private static int[] codePointToCharOffsets(String s, int from, int to) {
        boolean astral = false;
        for (int i = from; i < to && !astral; i++) {
            astral = Character.isHighSurrogate(s.charAt(i));
        }
        if (!astral) {
            return null;
        }
        int[] map = new int[s.codePointCount(from, to) + 1];
        int cp = 0;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            map[cp++] = i - from;
        }
        map[cp] = to - from;
        return map;
    }

    private int offset(Mark mark) {
        return offset(mark.getIndex());
    }

    private int offset(int codePointIndex) {
        int index = codePointIndex;
        if (charOffsets != null) {
            index = charOffsets[Math.min(index, charOffsets.length - 1)];
        }
        return Math.min(base + index, source.length());
    }

    private Range span(Event start, Event end) {
        int from = start.getStartMark().map(this::offset).orElse(base);
        int to = end.getEndMark().map(this::offset).orElse(from);
        return new Range(from, Math.max(from, to));
    }

    /**
     * A scalar's span from its value on: snakeyaml starts the node at its anchor ({@code &a})
     * or tag ({@code !!int}), which are not part of the value. Each property is followed by
     * spaces, line breaks or a comment before the next one or the value; a scalar with only
     * properties is empty, at the end of its span.
     */
    private Range withoutProperties(Range node) {
        int at = node.start();
        int end = node.end();
        while (at < end && (source.charAt(at) == '&' || source.charAt(at) == '!')) {
            if (source.startsWith("!<", at)) {
                at = source.indexOf('>', at);
                at = at < 0 || at >= end ? end : at + 1;
            }
            while (at < end && !isSeparator(source.charAt(at)) && ",[]{}".indexOf(source.charAt(at)) < 0) {
                at++;
            }
            while (at < end && (isSeparator(source.charAt(at)) || source.charAt(at) == '#')) {
                if (source.charAt(at) == '#') {
                    while (at < end && source.charAt(at) != '\n') {
                        at++;
                    }
                } else {
                    at++;
                }
            }
        }
        return at == node.start() ? node : new Range(Math.min(at, end), end);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A mapping or sequence under construction. */
    private static final class Frame {
        final CollectionStartEvent start;
        final boolean mapping;
        final List<YamlMapping.Entry> entries = new ArrayList<>();
        final List<YamlNode> items = new ArrayList<>();
        final Map<String, YamlScalar> keys = new HashMap<>();
        YamlScalar pendingKey;
        long expanded = 1;

        Frame(CollectionStartEvent start, boolean mapping) {
            this.start = start;
            this.mapping = mapping;
        }
    }

    private YamlNode run(String text) {
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, YamlNode> anchors = new HashMap<>();
        Map<YamlNode, Long> expanded = new java.util.IdentityHashMap<>();
        YamlNode root = null;
        int aliases = 0;
        int documents = 0;
        try {
            for (Event event : new Parse(settings(text.length())).parseString(text)) {
                YamlNode node = null;
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problem("front matter must hold a single YAML document", event);
                            return root;
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (stack.size() >= MAX_DEPTH) {
                            problem("nesting is deeper than " + MAX_DEPTH + " levels", event);
                            return null;
                        }
                        CollectionStartEvent start = (CollectionStartEvent) event;
                        checkTag(start.getTag(), event);
                        stack.push(new Frame(start, event.getEventId() == Event.ID.MappingStart));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Frame frame = stack.pop();
                        Range range = span(frame.start, event);
                        node = frame.mapping
                                ? new YamlMapping(List.copyOf(frame.entries), range)
                                : new YamlSequence(List.copyOf(frame.items), range);
                        expanded.put(node, frame.expanded);
                        remember(frame.start, node, anchors);
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        checkTag(scalar.getTag(), event);
                        node = new YamlScalar(scalar.getValue(), style(scalar), scalar.getTag().orElse(null),
                                withoutProperties(span(event, event)), source);
                        remember(scalar, node, anchors);
                    }
                    case Alias -> {
                        if (++aliases > MAX_ALIASES) {
                            problem("more than " + MAX_ALIASES + " aliases", event);
                            return null;
                        }
                        String name = ((AliasEvent) event).getAlias().getValue();
                        node = anchors.get(name);
                        if (node == null) {
                            problem("unknown alias *" + name, event);
                            node = new YamlScalar("", ScalarStyle.PLAIN, null, span(event, event), source);
                        }
                    }
                    default -> { }
                }
                if (node != null) {
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        Frame parent = stack.peek();
                        parent.expanded += expanded.getOrDefault(node, 1L);
                        if (parent.expanded > MAX_EXPANDED_VALUES) {
                            problem(aliases > 0
                                    ? "aliases expand the front matter to more than " + MAX_EXPANDED_VALUES
                                            + " values (an alias bomb?)"
                                    : "a mapping or list holds more than " + MAX_EXPANDED_VALUES + " values", event);
                            return null;
                        }
                        add(parent, node, event);
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int at = mark.map(this::offset).orElse(base);
            String reason = e.getProblem() == null ? e.getMessage() : e.getProblem();
            if (e.getContext() != null && !e.getContext().isBlank()) {
                reason = reason + " (" + e.getContext().strip() + ")";
            }
            problems.add(new YamlProblem("YAML syntax error: " + reason, lineSpan(at)));
            return null;
        } catch (org.snakeyaml.engine.v2.exceptions.ReaderException e) {
            int at = offset(e.getPosition());
            problems.add(new YamlProblem(String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
                    new Range(at, Math.min(source.length(), at + Character.charCount(e.getCodePoint())))));
            return null;
        } catch (YamlEngineException e) {
            String message = e.getMessage() != null && e.getMessage().contains("exceeds the limit")
                    ? String.format("front matter is longer than %,d characters, the most the full YAML parser reads",
                            MAX_CODE_POINTS)
                    : "YAML error: " + e.getMessage();
            problems.add(new YamlProblem(message, Range.at(base)));
            return null;
        } catch (RuntimeException e) {
            // A parser bug on odd input must not stop the run; the page is reported instead.
            problems.add(new YamlProblem("the YAML parser failed on this front matter: " + e, Range.at(base)));
            return null;
        }
        return root;
    }

    private void add(Frame frame, YamlNode node, Event event) {
        if (!frame.mapping) {
            frame.items.add(node);
            return;
        }
        if (frame.pendingKey == null) {
            YamlScalar key;
            if (node instanceof YamlScalar scalar) {
                key = scalar;
            } else {
                problem("a mapping key must be a plain value, not a collection", event);
                key = new YamlScalar(source.substring(node.range().start(), node.range().end()),
                        ScalarStyle.PLAIN, null, node.range(), source);
            }
            YamlScalar first = frame.keys.putIfAbsent(key.value(), key);
            if (first != null) {
                problems.add(new YamlProblem("duplicate key '" + key.value() + "' (first defined on line "
                        + lineNumber(first.range().start()) + ")", key.range()));
            }
            frame.pendingKey = key;
        } else {
            if (frame.keys.get(frame.pendingKey.value()) == frame.pendingKey) {
                frame.entries.add(new YamlMapping.Entry(frame.pendingKey, node));
            }
            frame.pendingKey = null;
        }
    }

    private int lineNumber(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void remember(NodeEvent event, YamlNode node, Map<String, YamlNode> anchors) {
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), node));
    }

    private void checkTag(Optional<String> tag, Event event) {
        if (tag.isPresent() && !CORE_TAGS.contains(tag.get())) {
            problem("custom tag '" + tag.get() + "' is not allowed (the value is read as plain text)", event);
        }
    }

    private void problem(String message, Event event) {
        int at = event.getStartMark().map(this::offset).orElse(base);
        problems.add(new YamlProblem(message, lineSpan(at)));
    }

    /** From {@code at} to the end of its line: a visible span for a point problem. */
    private Range lineSpan(int at) {
        int end = at;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        return new Range(at, end);
    }

    private static ScalarStyle style(ScalarEvent event) {
        return switch (event.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
        };
    }
}
