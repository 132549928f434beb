package dev.contentlint.prose;

import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.text.NewlineEscapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of prose as LanguageTool reads it, with the way back to the file: a front-matter
 * value (its newline escapes read as line breaks) or the Markdown body.
 */
public final class ProseSegment {
    private final String field;
    private final String text;
    private final YamlScalar scalar;
    private final int bodyStart;
    /** Offsets in {@link #text} of the line breaks that were two-character escapes in the value. */
    private final int[] escapeBreaks;

    private ProseSegment(String field, String text, YamlScalar scalar, int bodyStart, int[] escapeBreaks) {
        this.field = field;
        this.text = text;
        this.scalar = scalar;
        this.bodyStart = bodyStart;
        this.escapeBreaks = escapeBreaks;
    }

    /** A front-matter value; a newline escape in it is read as the line break it stands for. */
    static ProseSegment ofField(String field, YamlScalar scalar) {
        String value = scalar.value();
        List<Integer> escapes = NewlineEscapes.find(value);
        int[] breaks = new int[escapes.size()];
        for (int k = 0; k < breaks.length; k++) {
            breaks[k] = escapes.get(k) - k; // each earlier escape lost one character
        }
        return new ProseSegment(field, NewlineEscapes.withLineBreaks(value, escapes), scalar, 0, breaks);
    }

    static ProseSegment ofBody(Page page) {
        return new ProseSegment(null, page.body(), null, page.bodyStart(), new int[0]);
    }

    /** The dotted path of the field, or null for the body. */
    public String field() {
        return field;
    }

    /** The Markdown that LanguageTool reads. */
    public String text() {
        return text;
    }

    /** The characters of the file that hold {@code [from, to)} of {@link #text}. */
    public Range fileRange(int from, int to) {
        if (scalar == null) {
            return new Range(bodyStart + from, bodyStart + to);
        }
        return scalar.sourceRange(valueOffset(from), valueOffset(to));
    }

    /** Where text offset {@code index} is in the parsed value: each escape before it was two characters. */
    private int valueOffset(int index) {
        int found = Arrays.binarySearch(escapeBreaks, index);
        return index + (found >= 0 ? found : -found - 1);
    }

    /** The page's prose: the values of the fields matching {@code fieldPatterns}, then the body. */
    public static List<ProseSegment> of(Page page, List<String> fieldPatterns) {
        List<ProseSegment> segments = new ArrayList<>();
        if (page.frontMatter() != null) {
            for (String pattern : fieldPatterns) {
                for (var found : page.frontMatter().matching(pattern)) {
                    if (found.value() instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING
                            && !scalar.value().isBlank()) {
                        segments.add(ofField(found.path(), scalar));
                    }
                }
            }
        }
        if (!page.body().isBlank()) {
            segments.add(ofBody(page));
        }
        return segments;
    }
}
