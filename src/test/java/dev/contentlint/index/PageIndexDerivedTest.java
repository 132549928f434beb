package dev.contentlint.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contentlint.parallel.Workers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageIndexDerivedTest {
    private final PageIndex index = new PageIndex(List.of(), Function.identity());

    @Test
    void eachValueIsMadeOnceHoweverManyThreadsAsk() {
        AtomicInteger made = new AtomicInteger();
        List<Object> values = Workers.map(IntStream.range(0, 200).boxed().toList(), 4,
                i -> index.derived(i % 2 == 0 ? "even" : "odd", whole -> {
                    made.incrementAndGet();
                    return new Object();
                }));
        assertEquals(2, made.get());
        assertEquals(2, values.stream().distinct().count());
    }

    @Test
    void aValueMayBeMadeFromAnother() {
        String outer = index.derived("outer", whole -> whole.derived("inner", w -> "in") + "+out");
        assertEquals("in+out", outer);
        assertSame(outer, index.derived("outer", whole -> "again"));
    }

    @Test
    void aFailureIsNotKept() {
        assertThrows(IllegalStateException.class, () -> index.derived("key", whole -> {
            throw new IllegalStateException("first");
        }));
        assertEquals("second", index.derived("key", whole -> "second"));
    }
}
