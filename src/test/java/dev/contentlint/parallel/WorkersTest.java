package dev.contentlint.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {
    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void resultsKeepTheOrderOfTheItems() {
        for (int jobs : new int[] {0, 1, 2, 8, 200}) {
            assertEquals(HUNDRED.stream().map(i -> i * i).toList(), Workers.map(HUNDRED, jobs, i -> i * i), "jobs " + jobs);
        }
        assertEquals(List.of(), Workers.map(List.<Integer>of(), 2, i -> i));
    }

    @Test
    void runsOnAsManyThreadsAsJobs() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        Workers.map(HUNDRED, 2, i -> {
            threads.add(Thread.currentThread());
            bothStarted.countDown();
            await(bothStarted); // each of the first two items holds its thread until the other has started
            return i;
        });
        assertEquals(2, threads.size());
    }

    /**
     * While one worker is busy with a long first item, the other takes every other item. Had
     * the list been split into a run per worker, the long item's run would wait behind it.
     */
    @Test
    void aFreeWorkerTakesTheNextItem() {
        CountDownLatch othersDone = new CountDownLatch(HUNDRED.size() - 1);
        List<Boolean> waited = Workers.map(HUNDRED, 2, i -> {
            if (i == 0) {
                return await(othersDone);
            }
            othersDone.countDown();
            return true;
        });
        assertTrue(waited.get(0), "the other 99 items were done while the first was still running");
    }

    @Test
    void theFirstFailureIsThrownAndNoFurtherItemIsTaken() {
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("item 3 is bad");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Workers.map(HUNDRED, 1, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw failure;
            }
            return i;
        }));
        assertSame(failure, thrown);
        assertEquals(4, started.get());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
