package dev.contentlint.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layouts of a site, in the order the profile lists them: a page follows the first whose
 * path pattern matches its path.
 */
public record Layouts(List<Layout> all) {
    public Layouts {
        all = List.copyOf(all);
    }

    public static Layouts of(Layout... layouts) {
        return new Layouts(List.of(layouts));
    }

    public static Layouts none() {
        return new Layouts(List.of());
    }

    /** The first layout, for a profile that has one; {@link Layout#none()} when there is none. */
    public Layout first() {
        return all.isEmpty() ? Layout.none() : all.get(0);
    }

    /** A page's layout and the variables its path gives. */
    public record PathMatch(Layout layout, Map<String, String> variables) {}

    /** The first layout whose path pattern matches the end of {@code pagePath}. */
    public Optional<PathMatch> matchPath(String pagePath) {
        for (Layout layout : all) {
            Optional<Map<String, String>> variables = layout.matchPath(pagePath);
            if (variables.isPresent()) {
                return Optional.of(new PathMatch(layout, variables.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The folder of a layout that holds {@code pagePath} although no layout's pattern matches
     * it (a page one folder deeper than the layout says, for example), or empty.
     */
    public Optional<String> unmatchedFolder(String pagePath) {
        if (matchPath(pagePath).isPresent()) {
            return Optional.empty();
        }
        for (Layout layout : all) {
            String folder = layout.pathFolder();
            if (folder != null && !folder.isEmpty()
                    && (pagePath.startsWith(folder) || pagePath.contains(folder.startsWith("/") ? folder : "/" + folder))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** The first layout with a url pattern that the url matches, with the url's variables. */
    public Optional<Map.Entry<Layout, Map<String, Layout.Segment>>> matchUrl(String url) {
        for (Layout layout : all) {
            Optional<Map<String, Layout.Segment>> parts = layout.matchUrlSegments(url);
            if (parts.isPresent()) {
                return Optional.of(Map.entry(layout, parts.get()));
            }
        }
        return Optional.empty();
    }
}
