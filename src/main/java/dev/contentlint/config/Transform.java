package dev.contentlint.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a value is written elsewhere (a layout variable's url value in the page's path, a macro's
 * argument in a link): lowercased or not, then each key of {@code escapes} replaced by its
 * value, longer keys first (so that '::' is written before ':').
 */
public record Transform(boolean lowercase, Map<String, String> escapes) {
    public static final Transform NONE = new Transform(false, Map.of());

    public Transform {
        List<Map.Entry<String, String>> ordered = new ArrayList<>(escapes.entrySet());
        ordered.sort((a, b) -> b.getKey().length() - a.getKey().length());
        Map<String, String> longestFirst = new LinkedHashMap<>();
        ordered.forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
        escapes = Collections.unmodifiableMap(longestFirst);
    }

    public String apply(String value) {
        String out = lowercase ? value.toLowerCase(Locale.ROOT) : value;
        if (escapes.isEmpty()) {
            return out;
        }
        StringBuilder escaped = new StringBuilder(out.length() + 16);
        int i = 0;
        outer:
        while (i < out.length()) {
            for (Map.Entry<String, String> escape : escapes.entrySet()) {
                if (!escape.getKey().isEmpty() && out.startsWith(escape.getKey(), i)) {
                    escaped.append(escape.getValue());
                    i += escape.getKey().length();
                    continue outer;
                }
            }
            escaped.append(out.charAt(i++));
        }
        return escaped.toString();
    }
}

