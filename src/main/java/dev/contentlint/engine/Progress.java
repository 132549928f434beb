package dev.contentlint.engine;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on stderr for long runs: pages done, rate and time left. On a terminal it is one
 * line redrawn in place once a run has taken a second; in a log (a CI job, a file) it is a
 * line of its own every few seconds, which a log keeps readable.
 */
public final class Progress {
    private static final Progress NONE = new Progress(null);

    private final PrintStream out;
    /** Seconds between lines in a log; 0 on a terminal, where the line is redrawn. */
    private final int logEvery;
    private final AtomicInteger done = new AtomicInteger();
    private ScheduledExecutorService ticker;
    private int total;
    private long started;
    private boolean shown;

    private Progress(PrintStream out) {
        this(out, 0);
    }

    private Progress(PrintStream out, int logEvery) {
        this.out = out;
        this.logEvery = logEvery;
    }

    public static Progress none() {
        return NONE;
    }

    /** Progress on {@code out}, whatever it is; for tests. */
    static Progress to(PrintStream out) {
        return new Progress(out);
    }

    /** Progress on {@code err} when the process's stderr is a terminal; otherwise none. */
    public static Progress onTerminal(PrintStream err) {
        return stderrIsTerminal() ? new Progress(err) : NONE;
    }

    /**
     * Progress on {@code err}: redrawn on a terminal, else a line every {@code seconds} (none
     * when {@code seconds} is 0).
     */
    public static Progress onStderr(PrintStream err, int seconds) {
        return stderrIsTerminal() ? new Progress(err) : inLog(err, seconds);
    }

    /** A line on {@code out} every {@code seconds}; none when {@code seconds} is 0. */
    static Progress inLog(PrintStream out, int seconds) {
        return seconds <= 0 ? NONE : new Progress(out, seconds);
    }

    public void start(int pages) {
        if (out == null) {
            return;
        }
        total = pages;
        started = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        if (logEvery > 0) {
            ticker.scheduleAtFixedRate(this::show, logEvery, logEvery, TimeUnit.SECONDS);
        } else {
            ticker.scheduleAtFixedRate(this::show, 1000, 250, TimeUnit.MILLISECONDS);
        }
    }

    public void pageDone() {
        done.incrementAndGet();
    }

    public void finish() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        synchronized (this) {
            if (shown && logEvery == 0) {
                out.print("\r\033[K");
                out.flush();
            }
        }
    }

    synchronized void show() {
        int pages = done.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = pages / Math.max(seconds, 1e-9);
        String left = pages == 0 ? "" : String.format(", about %s left", duration((total - pages) / rate));
        // A slow run (prose on long pages) checks a page or two a second: its rate keeps a decimal.
        String line = String.format("checking: %,d of %,d pages (%.0f%%), " + (rate < 10 ? "%,.1f" : "%,.0f")
                + " pages/s%s", pages, total, 100.0 * pages / Math.max(total, 1), rate, left);
        if (logEvery > 0) {
            out.println("contentlint: " + line);
        } else {
            out.print("\r\033[K" + line);
        }
        out.flush();
        shown = true;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }

    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /**
     * Whether the file descriptor (1 standard output, 2 standard error) is a terminal. Linux
     * tells through /proc; elsewhere a console means the streams are a terminal.
     */
    public static boolean isTerminal(int fd) {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
