package dev.contentlint.config;

import java.util.Locale;

/** A part that a front-matter field plays; the profile says which field plays it. */
public enum FieldRole {
    ID, URL, FILE_NAME, SUBJECT, TITLE, SEO_TITLE, DESCRIPTION, KEYWORDS, RELATED,
    /** The field that holds the page's text (Markdown), read with the body by the site rules. */
    TEXT;

    /** The name used in configuration files: {@code file-name}, {@code seo-title}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FieldRole fromKey(String key) {
        for (FieldRole role : values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        return null;
    }
}
