package dev.contentlint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where pages live and how their urls are formed, as two patterns sharing variables, such as
 * {@code content/learn/{dir}/{stem}.md} and {@code /learn/{dir}/questions/{stem}}. A variable
 * stands for one path segment. The path pattern matches the end of a page's path, so the
 * layout holds wherever the repository is checked out. The patterns compile to JDK regexes of
 * quoted literals and {@code [^/]+} groups, which cannot backtrack badly.
 */
public final class Layout {
    private final String pathPattern;
    private final String urlPattern;
    private final String subjectVariable;
    private final Template path;
    private final Template url;

    public Layout(String pathPattern, String urlPattern, String subjectVariable) {
        this.pathPattern = pathPattern;
        this.urlPattern = urlPattern;
        this.subjectVariable = subjectVariable;
        this.path = pathPattern == null ? null : new Template(pathPattern, true);
        this.url = urlPattern == null ? null : new Template(urlPattern, false);
    }

    public static Layout none() {
        return new Layout(null, null, null);
    }

    public String pathPattern() {
        return pathPattern;
    }

    public String urlPattern() {
        return urlPattern;
    }

    /** The url variable that holds the subject's slug, or null. */
    public String subjectVariable() {
        return subjectVariable;
    }

    public boolean hasUrlPattern() {
        return url != null;
    }

    /** The variables of a page path ('/'-separated), when its end matches the path pattern. */
    public Optional<Map<String, String>> matchPath(String pagePath) {
        return path == null ? Optional.empty() : path.match(pagePath).map(Layout::values);
    }

    public Optional<Map<String, String>> matchUrl(String pageUrl) {
        return matchUrlSegments(pageUrl).map(Layout::values);
    }

    /** A variable's value in a matched text, and where it stands there. */
    public record Segment(String value, int start, int end) {}

    /** The url's variables with their positions in the url, when it matches the url pattern. */
    public Optional<Map<String, Segment>> matchUrlSegments(String pageUrl) {
        return url == null ? Optional.empty() : url.match(pageUrl);
    }

    private static Map<String, String> values(Map<String, Segment> segments) {
        Map<String, String> values = new LinkedHashMap<>();
        segments.forEach((name, segment) -> values.put(name, segment.value()));
        return values;
    }

    /** The url the pattern gives for these variables, or empty when one is missing. */
    public Optional<String> url(Map<String, String> variables) {
        return url == null ? Optional.empty() : url.expand(variables);
    }

    /** The names of a pattern's {name} variables, in order. */
    public static List<String> variables(String pattern) {
        return Template.variables(pattern);
    }

    /** A pattern of literal text and {name} variables, each matching one path segment. */
    static final class Template {
        private static final Pattern VARIABLE = Pattern.compile("\\{([a-z][a-z0-9_-]*)\\}");
        private final List<String> literals = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Pattern regex;

        Template(String pattern, boolean suffix) {
            StringBuilder re = new StringBuilder(suffix ? "(?:^|/)" : "^");
            Matcher m = VARIABLE.matcher(pattern);
            int last = 0;
            while (m.find()) {
                literals.add(pattern.substring(last, m.start()));
                names.add(m.group(1));
                re.append(Pattern.quote(pattern.substring(last, m.start()))).append("([^/]+)");
                last = m.end();
            }
            literals.add(pattern.substring(last));
            re.append(Pattern.quote(pattern.substring(last))).append('$');
            regex = Pattern.compile(re.toString());
        }

        static List<String> variables(String pattern) {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        Optional<Map<String, Segment>> match(String text) {
            Matcher m = regex.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            Map<String, Segment> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Segment segment = new Segment(m.group(i + 1), m.start(i + 1), m.end(i + 1));
                Segment previous = values.putIfAbsent(names.get(i), segment);
                if (previous != null && !previous.value().equals(segment.value())) {
                    return Optional.empty();
                }
            }
            return Optional.of(values);
        }

        Optional<String> expand(Map<String, String> values) {
            StringBuilder out = new StringBuilder(literals.get(0));
            for (int i = 0; i < names.size(); i++) {
                String value = values.get(names.get(i));
                if (value == null) {
                    return Optional.empty();
                }
                out.append(value).append(literals.get(i + 1));
            }
            return Optional.of(out.toString());
        }
    }
}
