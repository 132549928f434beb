package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the built-in default profile, which a run without a configuration file uses, fits the
 * pages: when most pages miss most of its required fields, they are another site's, and every
 * finding of the run is noise.
 */
final class ProfileFit {
    /** Too few pages say nothing of a site. */
    static final int MIN_PAGES = 10;

    private ProfileFit() {}

    /** The line to print when the default profile does not fit, or empty. */
    static Optional<String> misfit(Config config, RunResult result) {
        if (config.file() != null || result.pagesChecked() < MIN_PAGES) {
            return Optional.empty();
        }
        Optional<ConfiguredRule> required = config.rules().stream().filter(r -> r.id().equals("required-field")).findFirst();
        int fields = required.map(r -> r.options().strings("fields").size()).orElse(0);
        if (fields == 0) {
            return Optional.empty();
        }
        Map<String, Integer> missing = new HashMap<>();
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals("required-field")) {
                missing.merge(finding.path(), 1, Integer::sum);
            }
        }
        long misfits = missing.values().stream().filter(count -> 2 * count > fields).count();
        if (2 * misfits <= result.pagesChecked()) {
            return Optional.empty();
        }
        return Optional.of(String.format("contentlint: the built-in default profile does not fit these pages: %,d of"
                + " %,d lack most of its %d required fields; `contentlint init` writes a profile inferred from them",
                misfits, result.pagesChecked(), fields));
    }
}
