package dev.contentlint.suppress;

import dev.contentlint.engine.Finding;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.LineIndex;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in a page's front matter. A YAML comment
 * <pre>
 *   # contentlint-disable RULE[, RULE...]            on a line of its own: for the whole page
 *   key: value  # contentlint-disable RULE[, ...]    after a field's key: for that field and those below it
 * </pre>
 * switches the named rules off there; without rule ids it switches every rule off. Text after
 * {@code --} is a reason, for the reader. A comment is found only where YAML has comments, never
 * inside a value, so a page that quotes the syntax in its text suppresses nothing.
 */
public final class InlineSuppressions {
    static final String MARKER = "contentlint-disable";
    private static final Pattern COMMENT = Pattern.compile("#[ \\t]*" + MARKER + "(?=[ \\t,]|$)([^\\n]*)",
            Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("[^\\s,]+");

    private InlineSuppressions() {}

    /** One rule id of a comment, and where it is written; a null rule means every rule. */
    public record Name(String rule, Range range) {}

    /** One comment: for a field and those below it, or for the whole page when {@code field} is null. */
    public record Suppression(String field, List<Name> names) {
        boolean covers(Finding finding, Name name) {
            return (name.rule() == null || name.rule().equals(finding.ruleId()))
                    && (field == null || finding.field() != null && (finding.field().equals(field)
                            || finding.field().startsWith(field + ".") || finding.field().startsWith(field + "[")));
        }
    }

    /** A comment, or one rule id of it, that suppressed nothing, and why that is worth knowing. */
    public record Unused(String field, Range range, String message) {}

    /**
     * The findings a page's comments leave (a list the caller may add to), how many they
     * suppressed, and the comments that suppressed nothing.
     */
    public record Outcome(List<Finding> kept, int suppressed, List<Unused> unused) {}

    /** The suppression comments of a page's front matter, in order; none when it has no front matter. */
    public static List<Suppression> of(Page page) {
        FrontMatter front = page.frontMatter();
        if (front == null) {
            return List.of();
        }
        String text = page.text();
        Range yaml = front.yaml();
        if (!hasMarker(text, yaml)) {
            return List.of(); // the usual case, decided without a regex
        }
        List<Range> values = new ArrayList<>();
        collectValues(front.root(), values);
        LineIndex lines = page.lines();
        List<Suppression> suppressions = new ArrayList<>();
        Matcher m = COMMENT.matcher(text).region(yaml.start(), yaml.end());
        while (m.find()) {
            int hash = m.start();
            boolean startsComment = hash == 0 || text.charAt(hash - 1) == ' ' || text.charAt(hash - 1) == '\t'
                    || text.charAt(hash - 1) == '\n';
            if (!startsComment || values.stream().anyMatch(v -> v.start() <= hash && hash < v.end())) {
                continue; // a '#' inside a value, not a comment
            }
            int lineStart = lines.lineStart(lines.lineOf(hash));
            boolean ownLine = text.substring(lineStart, hash).isBlank();
            String field = ownLine ? null : fieldAt(front.root(), "", lines, lines.lineOf(hash), hash);
            suppressions.add(new Suppression(field, names(m, hash)));
        }
        return suppressions;
    }

    /**
     * Whether a '#' in the range is followed, after blanks, by the marker, as every comment
     * that {@link #COMMENT} matches is. Looking for '#' alone is much cheaper than searching
     * for the marker's text, and a front matter has few.
     */
    private static boolean hasMarker(String text, Range yaml) {
        for (int hash = text.indexOf('#', yaml.start()); hash >= 0 && hash < yaml.end();
                hash = text.indexOf('#', hash + 1)) {
            int at = hash + 1;
            while (at < yaml.end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (text.startsWith(MARKER, at) && at + MARKER.length() <= yaml.end()) {
                return true;
            }
        }
        return false;
    }

    /** The rule ids after the marker, up to a "--" that starts the reason. */
    private static List<Name> names(Matcher m, int hash) {
        String list = m.group(1);
        int reason = list.indexOf("--");
        if (reason >= 0) {
            list = list.substring(0, reason);
        }
        List<Name> names = new ArrayList<>();
        Matcher name = NAME.matcher(list);
        while (name.find()) {
            int start = m.start(1) + name.start();
            names.add(new Name(name.group(), new Range(start, start + name.group().length())));
        }
        if (names.isEmpty()) {
            names.add(new Name(null, new Range(hash, m.start(1))));
        }
        return names;
    }

    /** Applies the comments to the page's findings. {@code ran}: the rules that checked this page. */
    public static Outcome apply(List<Suppression> suppressions, List<Finding> findings, Set<String> ran,
            Set<String> known, boolean everyRuleRan) {
        if (suppressions.isEmpty()) {
            return new Outcome(findings, 0, List.of());
        }
        Set<Name> used = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        int suppressed = 0;
        for (Finding finding : findings) {
            Name by = null;
            for (Suppression s : suppressions) {
                for (Name name : s.names()) {
                    if (by == null && s.covers(finding, name)) {
                        by = name;
                    }
                }
            }
            if (by == null) {
                kept.add(finding);
            } else {
                used.add(by);
                suppressed++;
            }
        }
        List<Unused> unused = new ArrayList<>();
        for (Suppression s : suppressions) {
            String where = s.field() == null ? "on this page" : "in '" + s.field() + "'";
            for (Name name : s.names()) {
                if (used.contains(name)) {
                    continue;
                }
                if (name.rule() == null) {
                    if (everyRuleRan) {
                        unused.add(new Unused(s.field(), name.range(), "no rule reports anything " + where
                                + ", so this suppression can go"));
                    }
                } else if (!known.contains(name.rule())) {
                    unused.add(new Unused(s.field(), name.range(), "'" + name.rule()
                            + "' is not a rule, so it suppresses nothing (see contentlint rules)"));
                } else if (ran.contains(name.rule())) {
                    unused.add(new Unused(s.field(), name.range(), "'" + name.rule() + "' reports nothing " + where
                            + ", so its suppression can go"));
                }
                // A rule that did not run (switched off, or prose skipped) may still need its comment.
            }
        }
        return new Outcome(kept, suppressed, unused);
    }

    /** The spans of every key and value, where a '#' is text, not a comment. */
    private static void collectValues(YamlNode node, List<Range> out) {
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                out.add(entry.key().contentRange());
                collectValues(entry.value(), out);
            }
        } else if (node instanceof YamlSequence sequence) {
            sequence.items().forEach(item -> collectValues(item, out));
        } else if (node instanceof YamlScalar scalar) {
            out.add(scalar.contentRange());
        }
    }

    /**
     * The field a trailing comment belongs to: the one whose key is on its line, else the
     * deepest one whose value holds it (an item of a list), else none (the whole page).
     */
    private static String fieldAt(YamlMapping mapping, String prefix, LineIndex lines, int line, int offset) {
        for (YamlMapping.Entry entry : mapping.entries()) {
            String path = prefix.isEmpty() ? entry.key().value() : prefix + "." + entry.key().value();
            YamlNode value = entry.value();
            if (value instanceof YamlMapping child && child.range().start() <= offset && offset <= child.range().end()) {
                String inner = fieldAt(child, path, lines, line, offset);
                if (inner != null) {
                    return inner;
                }
            }
            if (lines.lineOf(entry.key().range().start()) == line) {
                return path;
            }
            if (value.range().start() <= offset && offset <= value.range().end()) {
                return path;
            }
        }
        return null;
    }
}
