package dev.contentlint.text;

import java.io.File;

/**
 * Paths as findings show them: '/'-separated. Only the platform's own separator is turned into
 * '/'; on Linux and macOS a backslash is a character of a file name ({@code \back.md}), not a
 * separator, and is kept.
 */
public final class Slashes {
    private static final boolean BACKSLASH_SEPARATES = File.separatorChar == '\\';

    private Slashes() {}

    public static String of(String path) {
        return BACKSLASH_SEPARATES ? path.replace('\\', '/') : path;
    }

    /**
     * Whether a path's text has no segment that starts with a dot, so none that normalizing
     * would remove ("." and ".."), whichever separator the system uses.
     */
    public static boolean noDotSegment(String path) {
        // One scan for the dots, which are few (".md"), instead of one for each separator.
        for (int dot = path.indexOf('.', 1); dot >= 0; dot = path.indexOf('.', dot + 1)) {
            char before = path.charAt(dot - 1);
            if (before == '/' || before == '\\') {
                return false;
            }
        }
        return true;
    }
}
