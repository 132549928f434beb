package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up checks run only when the check thread is idle: real work waits for one step at most. */
class LinterIdleTest {
    @Test
    void workThatComesDuringTheWarmUpWaitsForOneStepAtMost() throws InterruptedException {
        Linter linter = new Linter(null, 0);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger started = new AtomicInteger();
        CountDownLatch someSteps = new CountDownLatch(3);
        List<Runnable> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int step = i;
            steps.add(() -> {
                started.incrementAndGet();
                log.add("step " + step);
                someSteps.countDown();
                sleep(10);
            });
        }
        linter.whenIdle(steps.iterator());
        assertTrue(someSteps.await(10, TimeUnit.SECONDS));
        CountDownLatch done = new CountDownLatch(1);
        linter.onCheckThread(() -> {
            log.add("real work");
            done.countDown();
        });
        // Read after the work came: at most one more step can start after it came.
        int startedBefore = started.get();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        linter.stop();
        int at = log.indexOf("real work");
        // Only the step under way when the work came may run before it.
        assertTrue(at <= startedBefore + 1, "real work ran after " + at + " steps; " + startedBefore
                + " had started when it came: " + log);
        assertTrue(at < 200, "the warm-up did not yield");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
