package dev.contentlint.prose;

/**
 * A prose check stopped because its result is no longer wanted (an editor's page moved on to a
 * newer version). What it checked before it stopped is in the cache for the next check.
 */
public final class ProseCancelledException extends RuntimeException {
    public ProseCancelledException() {
        super("the prose check was cancelled", null, false, false);
    }
}
