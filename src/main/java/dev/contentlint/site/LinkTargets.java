package dev.contentlint.site;

import dev.contentlint.index.PageIndex;
import java.util.List;

/**
 * How a link's target finds its page: the one place where the site rules resolve a link, so
 * that other ways of addressing a page (link templates, redirects) are added here once.
 */
public final class LinkTargets {
    private LinkTargets() {}

    /** A target that names a path of this site ({@code /learn/…}), not another site or a relative file. */
    public static boolean isSitePath(String target) {
        return target.startsWith("/") && !target.startsWith("//");
    }

    /** The target without its {@code #fragment} or {@code ?query}, and without a trailing slash. */
    public static String normalize(String target) {
        int cut = target.length();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' || c == '#') {
                cut = i;
                break;
            }
        }
        String path = target.substring(0, cut);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The pages a normalized target leads to; empty when it leads to none. */
    public static List<PageIndex.Entry> resolve(PageIndex index, String target) {
        return index.pagesWithUrl(target);
    }
}
