package dev.contentlint.text;

import java.text.Normalizer;
import java.util.Locale;

/** Url slugs: lowercase ASCII letters and digits joined by single hyphens. */
public final class Slugs {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Slugs() {}

    /** "Computer Science & AI" becomes "computer-science-ai"; accents are dropped. */
    public static String slugify(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(ascii.length());
        boolean hyphen = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /** The reason a slug is malformed, or null when it is well formed. */
    public static String problem(String slug) {
        if (slug.isEmpty()) {
            return "it is empty";
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return "it contains '" + c + "'; a slug uses only a-z, 0-9 and '-'";
            }
        }
        if (slug.startsWith("-") || slug.endsWith("-")) {
            return "it " + (slug.startsWith("-") ? "starts" : "ends") + " with a hyphen";
        }
        if (slug.contains("--")) {
            return "it contains a double hyphen '--'";
        }
        return null;
    }
}
