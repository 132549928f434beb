package dev.contentlint.rules;

/**
 * What {@code --fix} can do about a rule's findings: nothing, only with {@code --unsafe-fixes}
 * (every fix the rule makes is unsafe), or safely (the rule makes a safe fix at least where
 * one exists; trailing-whitespace's fix is unsafe inside a block scalar only).
 */
public enum Fixability {
    NONE(""), UNSAFE("fixable (unsafe)"), SAFE("fixable");

    private final String label;

    Fixability(String label) {
        this.label = label;
    }

    /** As {@code rules} and {@code explain} show it; empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    /** As SARIF's rule properties and the JSON name it: "none", "unsafe" or "safe". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
