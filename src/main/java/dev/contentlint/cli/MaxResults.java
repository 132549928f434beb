package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;

/** The check of {@code --max-results}, which check and merge share. */
final class MaxResults {
    private MaxResults() {}

    /** The value if it is given and not negative; null when not given. */
    static Integer check(Integer maxResults) {
        if (maxResults != null && maxResults < 0) {
            throw new UsageException("--max-results must be 0 or more, not " + maxResults);
        }
        return maxResults;
    }
}
