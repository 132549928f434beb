package dev.contentlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** {@link SkipReasons} names each skipped test and class with its reason, and nothing else. */
class SkipReasonsTest {
    /** Nested, so that surefire does not run them on their own. */
    static class SkipsOneTest {
        @Test
        void runs() {}

        @Test
        void skips() {
            Assumptions.assumeTrue(false, "the corpus is not here");
        }
    }

    static class SkipsTheClass {
        @BeforeAll
        static void corpus() {
            Assumptions.assumeTrue(false, "no corpus for the class");
        }

        @Test
        void neverRuns() {}
    }

    @Test
    void everySkipGetsALineWithItsReason() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new SkipReasons(out)).build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(SkipsOneTest.class), selectClass(SkipsTheClass.class)).build());
        assertEquals(List.of("Skipped SkipReasonsTest$SkipsOneTest.skips: the corpus is not here",
                "Skipped SkipReasonsTest$SkipsTheClass: no corpus for the class"),
                bytes.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }
}
