package dev.contentlint.prose;

import dev.contentlint.page.Range;

/** A LanguageTool match placed in the file: the field it is in (null for the body) and its exact characters. */
public record ProseFinding(String field, Range range, ProseMatch match) {}
