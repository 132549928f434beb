package dev.contentlint.git;

/** Git could not be run, or refused what was asked (an unknown revision, no repository): exit code 2. */
public final class GitException extends RuntimeException {
    public GitException(String message) {
        super(message);
    }
}
