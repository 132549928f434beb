package dev.contentlint.config;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;

/**
 * How the site turns a link into a page, as the profile's {@code links} says.
 *
 * @param template   the form of a link to a page, such as {@code /en-US/docs/{url...}}: its one
 *                   variable is the page's url field; null when a link to a site path
 *                   ({@code /…}) is the page's url itself
 * @param ignoreCase whether links and urls are compared ignoring case
 * @param redirects  old link → new link, as the site's redirects file writes them
 * @param macros     links written by macros such as {@code {{cssxref("color")}}}
 * @param onlyUnderPages report a link that leads nowhere only when a page of the repository
 *                   holds it (its url is a parent of the link's): a repository of some
 *                   sections of a site does not report links into the others
 */
public record LinkSettings(String template, boolean ignoreCase, Map<String, String> redirects, List<Macro> macros,
        boolean onlyUnderPages) {

    public LinkSettings {
        redirects = Map.copyOf(redirects);
        macros = List.copyOf(macros);
    }

    public static LinkSettings defaults() {
        return new LinkSettings(null, false, Map.of(), List.of(), false);
    }

    /**
     * A macro that writes a link: where {@code pattern} matches outside code, its first group,
     * transformed, replaces {@code {1}} in each of {@code links}. The site's link is the first of
     * them that leads to a page (MDN's {@code cssxref} finds a property, a selector or a value).
     */
    public record Macro(Pattern pattern, List<String> links, Transform transform) {
        public Macro {
            links = List.copyOf(links);
        }

        public List<String> linksFor(String argument) {
            String written = transform.apply(argument);
            return links.stream().map(link -> link.replace("{1}", written)).toList();
        }
    }
}
