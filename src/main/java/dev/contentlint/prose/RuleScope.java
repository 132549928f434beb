package dev.contentlint.prose;

/**
 * Which of LanguageTool's rules a check runs: those that read one sentence at a time, those
 * that read the whole text (repeated sentence beginnings, unpaired brackets across sentences,
 * consistent spellings), or both. It names no LanguageTool class, so that a run whose prose
 * is all cached loads none.
 */
enum RuleScope {
    /** For one paragraph of a text: its spelling matches are not yet filtered by what the whole text holds. */
    SENTENCES,
    TEXT,
    ALL;

    /** Whether the text checked is the whole text, whose other words decide which spelling matches are reported. */
    boolean wholeText() {
        return this != SENTENCES;
    }
}
