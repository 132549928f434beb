package dev.contentlint.config;

import dev.contentlint.rules.RuleMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * The effective configuration of a run: a profile chain merged and validated.
 *
 * @param root       the folder that include and exclude globs are relative to
 * @param file       the configuration file, or null when the built-in default applies
 * @param rules      every enabled rule with its severity and options
 * @param known      metadata of every known rule, enabled or not, for listings and SARIF
 */
public record Config(
        Path root,
        Path file,
        List<String> include,
        List<String> exclude,
        List<ConfiguredRule> rules,
        List<RuleMeta> known,
        FieldRoles fields,
        Layouts layout,
        LinkSettings links,
        ProseSettings prose) {

    /** The same configuration with only {@code enabled} of its rules switched on. */
    public Config withRules(List<ConfiguredRule> enabled) {
        return new Config(root, file, include, exclude, List.copyOf(enabled), known, fields, layout, links, prose);
    }

    /** Whether a rule of the site audit runs: only then does the index keep each page's site facts, which cost a third more to build. */
    public boolean runsSiteRules() {
        return rules.stream().anyMatch(rule -> rule.rule().meta().tags().contains(ConfigLoader.SITE_TAG));
    }

    public PathFilter pathFilter() {
        return new PathFilter(include, exclude);
    }
}
