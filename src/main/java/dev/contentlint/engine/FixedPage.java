package dev.contentlint.engine;

import java.util.List;

/**
 * What fixing did to one page: how many fixes it applied, the unified diff (for a dry run),
 * or why the page was left untouched; and the safe fixes it withheld because each would have
 * left a finding the page did not have, one sentence each.
 */
public record FixedPage(String path, int fixesApplied, String diff, String refusal, List<String> withheld) {
    public FixedPage {
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }

    public boolean refused() {
        return refusal != null;
    }
}
