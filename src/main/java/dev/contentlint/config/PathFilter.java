package dev.contentlint.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Include and exclude globs, matched against '/'-separated paths relative to the root.
 * {@code **} spans folders, {@code *} and {@code ?} stay within one; a pattern without '/'
 * matches at any depth, as in .gitignore. Globs become JDK regexes of quoted literals and
 * {@code [^/]*} or {@code .*} runs, matched against short paths.
 */
public final class PathFilter {
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    public PathFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(PathFilter::compile).toList();
        this.exclude = exclude.stream().map(PathFilter::compile).toList();
    }

    public boolean accepts(String relativePath) {
        return include.stream().anyMatch(p -> p.matcher(relativePath).matches())
                && exclude.stream().noneMatch(p -> p.matcher(relativePath).matches());
    }

    /** True when nothing below this folder can be included, so a walk may skip it. */
    public boolean excludesFolder(String relativeFolder) {
        String probe = relativeFolder + "/";
        return exclude.stream().anyMatch(p -> p.matcher(relativeFolder).matches() || p.matcher(probe).matches());
    }

    static Pattern compile(String glob) {
        String g = glob.startsWith("/") ? glob.substring(1) : glob.contains("/") ? glob : "**/" + glob;
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                re.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
