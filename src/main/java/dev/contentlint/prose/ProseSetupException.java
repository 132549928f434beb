package dev.contentlint.prose;

/** The prose settings name a language, rule or category that LanguageTool does not have. */
public final class ProseSetupException extends RuntimeException {
    public ProseSetupException(String message) {
        super(message);
    }
}
