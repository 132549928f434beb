package dev.contentlint.report;

import java.util.Locale;

/** The output formats of {@code --format}. */
public enum Format {
    TEXT(new TextReporter()),
    JSON(new JsonReporter());

    private final Reporter reporter;

    Format(Reporter reporter) {
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
