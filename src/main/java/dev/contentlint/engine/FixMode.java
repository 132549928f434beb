package dev.contentlint.engine;

import dev.contentlint.fix.Applicability;
import java.util.Set;

/**
 * Whether a run repairs pages: not at all, in place ({@code --fix}), or only as a diff
 * ({@code --fix-dry-run}); and which fixes it may use ({@code --unsafe-fixes} adds unsafe ones).
 */
public record FixMode(boolean enabled, boolean dryRun, Set<Applicability> allowed) {
    public static final FixMode NONE = new FixMode(false, false, Set.of());

    public static FixMode of(boolean fix, boolean dryRun, boolean unsafe) {
        if (!fix && !dryRun) {
            return NONE;
        }
        return new FixMode(true, dryRun, unsafe ? Set.of(Applicability.SAFE, Applicability.UNSAFE)
                : Set.of(Applicability.SAFE));
    }
}
