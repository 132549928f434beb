package dev.contentlint.prose;

import dev.contentlint.page.Range;

/**
 * A LanguageTool match placed in the file: the field it is in (null for the body), its exact
 * characters, and the text it flags as the prose reads it.
 */
public record ProseFinding(String field, Range range, ProseMatch match, String flagged) {}
