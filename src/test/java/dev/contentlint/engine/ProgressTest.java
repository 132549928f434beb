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
}
