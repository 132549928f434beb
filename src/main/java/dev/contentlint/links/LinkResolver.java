package dev.contentlint.links;

import dev.contentlint.config.LinkSettings;
import dev.contentlint.index.PageIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the page a link leads to, the way the site does: through the profile's link template
 * ({@code /en-US/docs/{url...}} → the page whose url field is the rest), with case folded when
 * the site ignores case, through its redirects file. The one place that rules (broken links,
 * duplicate urls, pages no link reaches) ask where a link goes.
 */
public final class LinkResolver {
    /** Redirects that lead to each other are followed this many times at most. */
    private static final int MAX_REDIRECTS = 20;

    private final LinkSettings settings;
    /** The template's text before and after its variable; null without a template. */
    private final String prefix;
    private final String suffix;
    private final boolean oneSegment;
    private final Map<String, List<PageIndex.Entry>> byUrl = new HashMap<>();
    private final Map<String, String> redirects = new HashMap<>();

    public LinkResolver(LinkSettings settings, PageIndex index) {
        this.settings = settings;
        String template = settings.template();
        this.prefix = template == null ? null : template.substring(0, template.indexOf('{'));
        this.suffix = template == null ? null : template.substring(template.indexOf('}') + 1);
        this.oneSegment = template != null && !template.contains("...}");
        settings.redirects().forEach((from, to) -> redirects.put(fold(from), to));
        for (PageIndex.Entry entry : index.entries()) {
            if (entry.url() != null) {
                byUrl.computeIfAbsent(fold(entry.url()), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Where a link leads. */
    public sealed interface Target {}

    /** Not a link to a page of the site (another site, a file, a part of the site the template does not describe). */
    public record Outside() implements Target {}

    /** A link into the site that no page of the repository holds and that this run does not judge. */
    public record Unjudged(String url) implements Target {}

    /** A link to the pages of the repository whose url is {@code url} (none when it is broken), through {@code redirects}. */
    public record Pages(String url, List<PageIndex.Entry> pages, List<String> redirects) implements Target {
        public boolean broken() {
            return pages.isEmpty();
        }
    }

    public LinkSettings settings() {
        return settings;
    }

    /** The pages whose url is {@code url}, compared as the site compares them. */
    public List<PageIndex.Entry> pagesWithUrl(String url) {
        return byUrl.getOrDefault(fold(url), List.of());
    }

    /** Where a page's link leads: the first of its targets that leads to a page, else its first. */
    public Target resolve(PageLinks.PageLink link) {
        Target first = resolve(link.target());
        if (first instanceof Pages pages && !pages.broken()) {
            return first;
        }
        for (String other : link.targets().subList(1, link.targets().size())) {
            if (resolve(other) instanceof Pages pages && !pages.broken()) {
                return pages;
            }
        }
        return first;
    }

    /** Where {@code link} (as written in a page, with any #fragment or ?query) leads. */
    public Target resolve(String link) {
        String path = withoutQuery(link);
        List<String> followed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<String> url = pageUrl(path);
            if (url.isEmpty() && followed.isEmpty()) {
                return new Outside();
            }
            if (url.isPresent()) {
                List<PageIndex.Entry> pages = pagesWithUrl(url.get());
                if (!pages.isEmpty()) {
                    return new Pages(url.get(), pages, followed);
                }
            }
            String next = seen.add(fold(path)) ? redirects.get(fold(path)) : null;
            if (next == null) {
                if (url.isEmpty()) {
                    return new Outside(); // redirected out of the site
                }
                return settings.onlyUnderPages() && !underAPage(url.get()) ? new Unjudged(url.get())
                        : new Pages(url.get(), List.of(), followed);
            }
            followed.add(next);
            path = withoutQuery(next);
        }
        return new Outside();
    }

    /** The url of the page a link's path names: the template's variable, or the path itself without a template. */
    private Optional<String> pageUrl(String path) {
        if (prefix == null) {
            return path.startsWith("/") && !path.startsWith("//") ? Optional.of(path) : Optional.empty();
        }
        boolean ignoreCase = settings.ignoreCase();
        int end = path.length() - suffix.length();
        if (end <= prefix.length() || !path.regionMatches(ignoreCase, 0, prefix, 0, prefix.length())
                || !path.regionMatches(ignoreCase, end, suffix, 0, suffix.length())) {
            return Optional.empty();
        }
        String url = path.substring(prefix.length(), end);
        return oneSegment && url.contains("/") ? Optional.empty() : Optional.of(url);
    }

    /** Whether some page's url is a parent of {@code url}: the repository holds that part of the site. */
    private boolean underAPage(String url) {
        for (int slash = url.lastIndexOf('/'); slash > 0; slash = url.lastIndexOf('/', slash - 1)) {
            if (byUrl.containsKey(fold(url.substring(0, slash)))) {
                return true;
            }
        }
        return false;
    }

    private String fold(String url) {
        String bare = url.length() > 1 && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return settings.ignoreCase() ? bare.toLowerCase(Locale.ROOT) : bare;
    }

    private static String withoutQuery(String link) {
        int cut = link.length();
        for (char c : new char[] {'?', '#'}) {
            int at = link.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return link.substring(0, cut).strip();
    }
}
