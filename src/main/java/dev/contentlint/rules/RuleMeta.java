package dev.contentlint.rules;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about a rule apart from its logic: what {@code rules}, {@code explain},
 * SARIF and the docs check show. Built from {@link RuleInfo} for Java rules and from YAML
 * for declarative ones.
 */
public record RuleMeta(
        String id,
        String summary,
        Severity severity,
        Fixability fixability,
        List<String> tags,
        boolean needsFrontMatter,
        List<OptionSpec> options,
        String documentation,
        String origin) {

    /** The tag of the rules that read LanguageTool's matches; other prose rules, such as phrase lists, do not. */
    public static final String LANGUAGETOOL_TAG = "languagetool";

    public static final String DOCS_BASE = "https://github.com/contentlint/contentlint/blob/main/docs/rules/";

    /** A declared option: its name, type, default (already typed, or null) and description. */
    public record OptionSpec(String name, OptionType type, Object defaultValue, String description) {}

    /** True when the rule has a fix of any kind, safe or not. */
    public boolean fixable() {
        return fixability != Fixability.NONE;
    }

    public Optional<OptionSpec> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * The rule's documentation as {@code contentlint explain} prints it and an editor's hover
     * shows it: the text, the default severity and fix, the options and where it is defined.
     */
    public String explanation() {
        StringBuilder text = new StringBuilder(documentation().strip()).append("\n\n");
        text.append("Default severity: ").append(severity().label())
                .append(fixable() ? "; " + fixability().label() : "").append('\n');
        for (OptionSpec option : options()) {
            text.append("Option ").append(option.name()).append(" (").append(option.type().label())
                    .append(option.defaultValue() == null ? "" : ", default " + option.defaultValue()).append("): ")
                    .append(option.description()).append('\n');
        }
        return text.append("Defined in: ").append(origin()).append('\n').toString();
    }

    /** Where the rule's documentation lives on the web, derived from the id alone. */
    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }

    /** Whether the rule needs LanguageTool, which {@code --no-prose} leaves out. */
    public boolean usesLanguageTool() {
        return tags.contains(LANGUAGETOOL_TAG);
    }
}
