package dev.contentlint.engine;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress report on stderr for long runs: pages done, rate and time left. It is
 * shown only when stderr is a terminal, so logs and CI output stay clean, and only once a run
 * has taken a second.
 */
public final class Progress {
    private static final Progress NONE = new Progress(null);

    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private ScheduledExecutorService ticker;
    private int total;
    private long started;
    private boolean shown;

    private Progress(PrintStream out) {
        this.out = out;
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
        ticker.scheduleAtFixedRate(this::show, 1000, 250, TimeUnit.MILLISECONDS);
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
            if (shown) {
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
        out.printf("\r\033[Kchecking: %,d of %,d pages (%.0f%%), %,.0f pages/s%s", pages, total,
                100.0 * pages / Math.max(total, 1), rate, left);
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
