package dev.contentlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff between two versions of a file that {@code git apply} and {@code patch}
 * accept, including the "\ No newline at end of file" marker where a version lacks one.
 */
public final class UnifiedDiff {
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {}

    /** The diff of {@code before} and {@code after} for the file at {@code path} ('/'-separated). */
    public static String of(String path, String before, String after) {
        // Lines keep their terminators, so that a missing final newline is part of the comparison.
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, 3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diff.size(); i++) {
            String line = diff.get(i);
            boolean header = i < 2 || line.startsWith("@@");
            if (header || line.endsWith("\n")) {
                out.append(line);
                if (header) {
                    out.append('\n');
                }
            } else {
                out.append(line).append('\n').append(NO_NEWLINE).append('\n');
            }
        }
        return out.toString();
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
