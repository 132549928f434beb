package dev.contentlint.config;

import dev.contentlint.text.Wildcard;
import java.util.List;

/**
 * Include and exclude globs, matched against '/'-separated paths relative to the root.
 * {@code **} as a whole segment spans any number of folders; {@code *} and {@code ?} stay
 * within one segment. A pattern without '/' matches at any depth, a leading '/' anchors it
 * at the root, and a trailing '/' means everything below, as in .gitignore. Matching works
 * segment by segment, without regexes: it runs for every file of a large site.
 */
public final class PathFilter {
    private final List<String[]> include;
    private final List<String[]> exclude;

    public PathFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(PathFilter::segments).toList();
        this.exclude = exclude.stream().map(PathFilter::segments).toList();
    }

    public boolean accepts(String relativePath) {
        String[] path = relativePath.split("/", -1);
        return include.stream().anyMatch(g -> matches(g, 0, path, 0))
                && exclude.stream().noneMatch(g -> matches(g, 0, path, 0));
    }

    /** True when nothing below this folder can be included, so a walk may skip it. */
    public boolean excludesFolder(String relativeFolder) {
        String[] folder = relativeFolder.split("/", -1);
        String[] below = (relativeFolder + "/").split("/", -1);
        return exclude.stream().anyMatch(g -> matches(g, 0, folder, 0) || matches(g, 0, below, 0));
    }

    static String[] segments(String glob) {
        String g = glob.startsWith("/") ? glob.substring(1) : glob.contains("/") ? glob : "**/" + glob;
        if (g.endsWith("/")) {
            g = g + "**";
        }
        return g.split("/", -1);
    }

    private static boolean matches(String[] glob, int g, String[] path, int p) {
        if (g == glob.length) {
            return p == path.length;
        }
        if (glob[g].equals("**")) {
            for (int skip = p; skip <= path.length; skip++) {
                if (matches(glob, g + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return p < path.length && Wildcard.matches(glob[g].replace("**", "*"), path[p])
                && matches(glob, g + 1, path, p + 1);
    }
}
