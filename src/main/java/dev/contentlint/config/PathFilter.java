package dev.contentlint.config;

import dev.contentlint.text.Wildcard;
import java.util.List;

/**
 * Include and exclude globs, matched against '/'-separated paths relative to the root.
 * {@code **} as a whole segment spans any number of folders; {@code *} and {@code ?} stay
 * within one segment. A pattern without '/' matches at any depth, a leading '/' anchors it
 * at the root, and a trailing '/' means everything below, as in .gitignore. Matching works
 * segment by segment, without regexes, and each segment is compiled once: it runs for every
 * file of a large site.
 */
public final class PathFilter {
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final String description;

    public PathFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(Glob::new).toList();
        this.exclude = exclude.stream().map(Glob::new).toList();
        this.description = "include " + include + " exclude " + exclude;
    }

    /** The globs, as given: two filters with the same description accept the same paths. */
    @Override
    public String toString() {
        return description;
    }

    /**
     * Why a glob cannot be matched as written, or null. Globs here know '*', '**' and '?' only;
     * '[...]', '{a,b}', '!' and a backslash would be taken literally and match nothing, silently.
     */
    public static String problem(String glob) {
        if (glob.isBlank()) {
            return "a glob cannot be empty";
        }
        if (glob.startsWith("!")) {
            return "negation with '!' is not supported; list the paths to leave out under 'exclude'";
        }
        for (char c : new char[] {'[', ']', '{', '}', '\\'}) {
            if (glob.indexOf(c) >= 0) {
                return "'" + c + "' is not glob syntax here (globs use *, ** and ?, and match the rest literally)";
            }
        }
        return null;
    }

    public boolean accepts(String relativePath) {
        String[] path = relativePath.split("/", -1);
        return anyMatches(include, path) && !anyMatches(exclude, path);
    }

    /**
     * Why the globs leave the path out, or null when they accept it: "the exclude glob 'drafts/**'
     * matches it", or "no include glob matches it (include: ...)".
     */
    public String exclusion(String relativePath) {
        String[] path = relativePath.split("/", -1);
        for (Glob glob : exclude) {
            if (glob.matches(path)) {
                return "the exclude glob '" + glob.text + "' matches it";
            }
        }
        if (!anyMatches(include, path)) {
            return "no include glob matches it (include: "
                    + String.join(", ", include.stream().map(g -> "'" + g.text + "'").toList()) + ")";
        }
        return null;
    }

    /** True when nothing below this folder can be included, so a walk may skip it. */
    public boolean excludesFolder(String relativeFolder) {
        String[] folder = relativeFolder.split("/", -1);
        String[] below = (relativeFolder + "/").split("/", -1);
        return anyMatches(exclude, folder) || anyMatches(exclude, below);
    }

    private static boolean anyMatches(List<Glob> globs, String[] path) {
        for (Glob glob : globs) {
            if (glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** One pattern, split into segments, each a matcher for one path segment or {@code **}. */
    private static final class Glob {
        private final String text;
        private final Segment[] segments;
        /** For each segment, whether a {@code **} follows it; when none does, the rest has a fixed length. */
        private final boolean[] spanFollows;

        Glob(String glob) {
            text = glob;
            String g = glob.startsWith("/") ? glob.substring(1) : glob.contains("/") ? glob : "**/" + glob;
            if (g.endsWith("/")) {
                g = g + "**";
            }
            String[] parts = g.split("/", -1);
            segments = new Segment[parts.length];
            spanFollows = new boolean[parts.length + 1];
            for (int i = parts.length - 1; i >= 0; i--) {
                segments[i] = Segment.of(parts[i]);
                spanFollows[i] = spanFollows[i + 1] || segments[i].anyDepth;
            }
        }

        boolean matches(String[] path) {
            return matches(0, path, 0);
        }

        private boolean matches(int g, String[] path, int p) {
            if (g == segments.length) {
                return p == path.length;
            }
            if (segments[g].anyDepth) {
                if (!spanFollows[g + 1]) {
                    // The rest has a fixed number of segments, so there is one place it can start.
                    int start = path.length - (segments.length - g - 1);
                    return start >= p && matches(g + 1, path, start);
                }
                for (int skip = p; skip <= path.length; skip++) {
                    if (matches(g + 1, path, skip)) {
                        return true;
                    }
                }
                return false;
            }
            return p < path.length && segments[g].matches(path[p]) && matches(g + 1, path, p + 1);
        }
    }

    /** A matcher for one path segment: {@code **}, a literal name, {@code *suffix}, or any other wildcard. */
    private record Segment(boolean anyDepth, String literal, String suffix, String wildcard) {
        static Segment of(String part) {
            if (part.equals("**")) {
                return new Segment(true, null, null, null);
            }
            String pattern = part.replace("**", "*");
            if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
                return new Segment(false, pattern, null, null);
            }
            String rest = pattern.substring(1);
            if (pattern.charAt(0) == '*' && rest.indexOf('*') < 0 && rest.indexOf('?') < 0) {
                return new Segment(false, null, rest, null);
            }
            return new Segment(false, null, null, pattern);
        }

        boolean matches(String name) {
            if (literal != null) {
                return literal.equals(name);
            }
            if (suffix != null) {
                return name.endsWith(suffix);
            }
            return Wildcard.matches(wildcard, name);
        }
    }
}
