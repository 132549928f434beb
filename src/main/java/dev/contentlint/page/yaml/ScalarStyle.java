package dev.contentlint.page.yaml;

/** How a scalar is written. Only double-quoted scalars process backslash escapes. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    public boolean processesEscapes() {
        return this == DOUBLE_QUOTED;
    }

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
