package dev.contentlint.page;

/** A 1-based line and 1-based column (in UTF-16 code units), as shown to users. */
public record Position(int line, int column) {}
