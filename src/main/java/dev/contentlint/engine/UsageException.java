package dev.contentlint.engine;

/** A mistake in how the tool was called (a missing path, a bad flag value): exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
