package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsPagesDoneOfTotalAndClearsItsLineAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.start(10);
        for (int i = 0; i < 5; i++) {
            progress.pageDone();
        }
        progress.show();
        progress.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("checking: 5 of 10 pages (50%)"), shown);
        assertTrue(shown.endsWith("\r\033[K"), "the line is cleared for the report that follows");
    }

    @Test
    void noneShowsNothingAndTestsDoNotRunOnATerminal() {
        Progress.none().start(3);
        Progress.none().pageDone();
        Progress.none().finish();
        assertFalse(Progress.stderrIsTerminal(), "surefire redirects stderr");
        assertEquals(Progress.none(), Progress.onTerminal(System.err));
    }

    @Test
    void inALogItWritesALineEveryFewSecondsAndClearsNothing() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.inLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1);
        progress.start(4);
        progress.pageDone();
        long deadline = System.currentTimeMillis() + 10_000;
        while (bytes.size() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50); // the first line comes after one second
        }
        progress.pageDone();
        progress.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("contentlint: checking: 1 of 4 pages (25%), "), shown);
        assertTrue(shown.contains("pages/s, about ") && shown.endsWith(" left" + System.lineSeparator()), shown);
        assertFalse(shown.contains("\r") || shown.contains("\033"), "a log gets plain lines: " + shown);
        assertEquals(Progress.none(), Progress.inLog(System.err, 0), "0 seconds, as --quiet gives, is none");
    }
}
