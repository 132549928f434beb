package dev.contentlint.cli;

import dev.contentlint.engine.UsageException;
import picocli.CommandLine.Option;

/** The --jobs option of the commands that work on pages in parallel. */
final class JobsOption {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores)")
    Integer jobs;

    /** The number of worker threads: --jobs, else the number of cores. */
    int workers() {
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        return workers;
    }
}
