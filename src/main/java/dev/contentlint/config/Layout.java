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
 * {@code {name}} stands for one path segment, {@code {name...}} for one or more. The path
 * pattern matches the end of a page's path, so the layout holds wherever the repository is
 * checked out. A variable may have a {@link Transform} that turns its url value into its path
 * value (MDN lowercases its slugs and writes ':' as '_colon_' in folder names), and the url may
 * be compared ignoring case. The patterns compile to JDK regexes of quoted literals and
 * {@code [^/]+} or {@code .+} groups between fixed literals, which cannot backtrack badly.
 */
public final class Layout {
    private final String pathPattern;
    private final String urlPattern;
    private final String subjectVariable;
    private final Map<String, Transform> transforms;
    private final boolean ignoreCase;
    private final Template path;
    private final Template url;

    public Layout(String pathPattern, String urlPattern, String subjectVariable) {
        this(pathPattern, urlPattern, subjectVariable, Map.of(), false);
    }

    public Layout(String pathPattern, String urlPattern, String subjectVariable, Map<String, Transform> transforms,
            boolean ignoreCase) {
        this.pathPattern = pathPattern;
        this.urlPattern = urlPattern;
        this.subjectVariable = subjectVariable;
        this.transforms = Map.copyOf(transforms);
        this.ignoreCase = ignoreCase;
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

    public boolean ignoreCase() {
        return ignoreCase;
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

    /**
     * Why {@code pageUrl} is not the url of a page whose path has {@code pathVariables}, or
     * empty when it is. Without transforms the expected url is formed from the path and the
     * message names it; with transforms (which cannot be undone) the url's own variables are
     * transformed and compared with the path's.
     */
    public Optional<String> urlProblem(String pageUrl, Map<String, String> pathVariables) {
        if (url == null) {
            return Optional.empty();
        }
        if (transforms.isEmpty()) {
            Optional<String> expected = url.expand(pathVariables);
            return expected.filter(e -> !same(e, pageUrl)).map(e -> "expected '" + e + "'");
        }
        Optional<Map<String, Segment>> parts = url.match(pageUrl);
        if (parts.isEmpty()) {
            return Optional.of("it does not have the layout's form '" + urlPattern + "'");
        }
        for (Map.Entry<String, Segment> part : parts.get().entrySet()) {
            String name = part.getKey();
            String inPath = pathVariables.get(name);
            String fromUrl = transforms.getOrDefault(name, Transform.NONE).apply(part.getValue().value());
            if (inPath != null && !same(fromUrl, inPath)) {
                return Optional.of("its {" + name + "} '" + part.getValue().value() + "' gives '" + fromUrl
                        + "' in the path, which has '" + inPath + "'");
            }
        }
        return Optional.empty();
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    /**
     * The folder a path pattern's pages live under: its literal text up to the last '/' before
     * its first variable ({@code content/learn/} for {@code content/learn/{dir}/{stem}.md}).
     */
    public String pathFolder() {
        if (pathPattern == null) {
            return null;
        }
        int variable = pathPattern.indexOf('{');
        String literal = variable < 0 ? pathPattern : pathPattern.substring(0, variable);
        return literal.substring(0, literal.lastIndexOf('/') + 1);
    }

    /** The names of a pattern's {name} and {name...} variables, in order. */
    public static List<String> variables(String pattern) {
        return Template.variables(pattern);
    }

    /** A pattern of literal text and {name} (one segment) or {name...} (one or more) variables. */
    static final class Template {
        private static final Pattern VARIABLE = Pattern.compile("\\{([a-z][a-z0-9_-]*)(\\.\\.\\.)?\\}");
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
                re.append(Pattern.quote(pattern.substring(last, m.start())))
                        .append(m.group(2) == null ? "([^/]+)" : "([^/].*?)");
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
