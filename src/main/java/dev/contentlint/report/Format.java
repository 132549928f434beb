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

    /**
     * The reporter with its own cap instead of GitHub's: SARIF keeps at most {@code maxResults}
     * results, the github format at most {@code maxResults} annotations of each level; the
     * other formats have no cap and ignore it. Null keeps the default.
     */
    public Reporter reporter(Integer maxResults) {
        if (maxResults == null) {
            return reporter;
        }
        return switch (this) {
            case SARIF -> new SarifReporter(maxResults);
            case GITHUB -> new GithubReporter(maxResults);
            default -> reporter;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
