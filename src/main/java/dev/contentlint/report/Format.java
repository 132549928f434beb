package dev.contentlint.report;

import java.util.Locale;

/** The output formats of {@code --format}; docs/output-formats.md describes each. */
public enum Format {
    TEXT(new TextReporter()),
    JSON(new JsonReporter()),
    SARIF(new SarifReporter()),
    GITHUB(new GithubReporter()),
    JUNIT(new JunitReporter()),
    CHECKSTYLE(new CheckstyleReporter());

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
