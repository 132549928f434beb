package dev.contentlint.engine;

/**
 * What fixing did to one page: how many fixes it applied, the unified diff (for a dry run),
 * or why the page was left untouched.
 */
public record FixedPage(String path, int fixesApplied, String diff, String refusal) {
    public boolean refused() {
        return refusal != null;
    }
}
