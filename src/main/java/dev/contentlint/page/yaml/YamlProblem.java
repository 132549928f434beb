package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;

/** Why a YAML document could not be read as wanted, and where. */
public record YamlProblem(String message, Range range) {}
