package dev.contentlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Choosing a set of fixes that do not overlap, and applying their edits to a text. */
public final class TextEdits {
    private TextEdits() {}

    /**
     * The fixes to apply together: in order of their first edit, each one kept only if it
     * conflicts with none kept before. A fix equal to a kept one (several findings sharing one
     * repair) is kept once.
     */
    public static List<Fix> nonOverlapping(List<Fix> fixes) {
        List<Fix> sorted = new ArrayList<>(fixes);
        sorted.sort(Comparator.comparingInt((Fix f) -> f.edits().stream().mapToInt(e -> e.range().start()).min()
                .orElse(0)));
        List<Fix> kept = new ArrayList<>();
        for (Fix fix : sorted) {
            if (kept.stream().noneMatch(k -> k.edits().equals(fix.edits()) || k.conflictsWith(fix))) {
                kept.add(fix);
            }
        }
        return kept;
    }

    /** The text with every edit of the fixes applied; the fixes must not overlap. */
    public static String apply(String text, List<Fix> fixes) {
        List<TextEdit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.edits()));
        edits.sort(Comparator.comparingInt((TextEdit e) -> e.range().start()));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit edit : edits) {
            out.append(text, at, edit.range().start()).append(edit.replacement());
            at = edit.range().end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
