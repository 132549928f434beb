package dev.contentlint.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the prose rules check and how: the fields holding prose, the language, the project
 * vocabulary, and LanguageTool rules switched off or on.
 */
public record ProseSettings(
        List<String> fields,
        String language,
        Path vocabulary,
        List<String> disabledRules,
        List<String> enabledRules) {

    public static ProseSettings defaults() {
        return new ProseSettings(List.of(), "en-US", null, List.of(), List.of());
    }
}
