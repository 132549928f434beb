package dev.contentlint.fix;

import dev.contentlint.page.Range;

/** Replace the characters of {@code range} with {@code replacement}. */
public record TextEdit(Range range, String replacement) {}
