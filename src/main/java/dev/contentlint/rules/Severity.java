package dev.contentlint.rules;

import java.util.Locale;

/** How serious a finding is. The order matters: a threshold includes everything above it. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses "info", "warning" or "error"; null for anything else. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return s;
            }
        }
        return null;
    }
}
