package dev.contentlint.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on a fixed number of worker threads. Each worker takes the next item as soon as
 * it is free, so the workers finish together. A fork-join split of the list into runs, one per
 * worker, left one worker alone with the rest of its run at the end: 0.7 to 1.2 s of a 7 s
 * prose check of the sample corpus on 2 jobs.
 */
public final class Workers {
    private Workers() {}

    /**
     * {@code task} applied to each item, in the order of {@code items}, on {@code jobs} threads
     * (at least one, at most one per item). When a task throws, the workers take no further
     * items, and the first exception is thrown here once all have stopped.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, Function<? super T, ? extends R> task) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = task.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < Math.min(Math.max(1, jobs), items.size()); n++) {
            Thread thread = new Thread(worker, "contentlint-worker-" + (n + 1));
            thread.start();
            threads.add(thread);
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, new IllegalStateException("interrupted", e)); // stops the workers
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> mapped = (List<R>) Arrays.asList(results);
        return mapped;
    }
}
