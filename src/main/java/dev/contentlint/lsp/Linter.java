package dev.contentlint.lsp;

import dev.contentlint.engine.Finding;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseCancelledException;
import dev.contentlint.prose.ProseSetupException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * When pages are checked. A change waits for the debounce delay; a newer version replaces the
 * check still waiting, and a result is published only if the page is still at the version
 * checked. Each check has two passes: the structural rules, with the prose findings the cache
 * holds, on one thread and at once; then LanguageTool for what the cache lacks, on another, so
 * a slow prose check never holds back the structural findings of the next edit. A prose check
 * waiting for its thread is dropped when a newer version comes, and a running one stops before
 * its next paragraph.
 */
final class Linter {
    /** What a pass needs from the server: the state to check with, and where results and failures go. */
    interface Host {
        Workspace.State state();

        /** Publishes the findings of a page's version; called under the page's lock. */
        void publish(OpenPage page, OpenPage.Checked checked);

        /** The page's entry in the index changed: the other open pages are checked again. */
        void indexChanged(OpenPage page);

        void failed(String message);
    }

    private final Host host;
    private final long debounceMillis;
    private final ScheduledThreadPoolExecutor structural = new ScheduledThreadPoolExecutor(1, named("contentlint-check"));
    private final ExecutorService prose = Executors.newSingleThreadExecutor(named("contentlint-prose"));
    private final Map<String, Future<?>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> waitingProse = new ConcurrentHashMap<>();

    Linter(Host host, long debounceMillis) {
        this.host = host;
        this.debounceMillis = debounceMillis;
    }

    /** Checks the page after the debounce delay, replacing a check of an older version that is still waiting. */
    void changed(OpenPage page) {
        schedule(page, debounceMillis);
    }

    /** Checks the page at once (opened, or its configuration or another page changed). */
    void now(OpenPage page) {
        schedule(page, 0);
    }

    private void schedule(OpenPage page, long delay) {
        int version = page.text().version();
        Future<?> previous = waiting.put(page.uri, structural.schedule(() -> structural(page, version), delay,
                TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
        Future<?> previousProse = waitingProse.remove(page.uri);
        if (previousProse != null) {
            previousProse.cancel(false);
        }
    }

    /** Runs {@code task} on the thread of the structural checks, after those waiting there; loads and reloads run there. */
    void onCheckThread(Runnable task) {
        structural.execute(task);
    }

    /**
     * Runs the steps one at a time on the check thread, each only when no check is waiting
     * there (a debounced one included): the server checks some of the repository's pages after
     * it starts, so that the JIT compiles the checking code before the first edits rather than
     * during them. A page opened or edited meanwhile waits for one step at most.
     */
    void whenIdle(Iterator<Runnable> steps) {
        structural.execute(() -> idleStep(steps));
    }

    private void idleStep(Iterator<Runnable> steps) {
        if (structural.isShutdown() || !steps.hasNext()) {
            return;
        }
        try {
            if (!structural.getQueue().isEmpty()) {
                structural.schedule(() -> idleStep(steps), IDLE_RETRY_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            steps.next().run();
            structural.execute(() -> idleStep(steps));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the server is stopping
        }
    }

    private static final long IDLE_RETRY_MILLIS = 50;

    /** Runs {@code task} on the prose thread, after the checks already waiting there (loading LanguageTool). */
    void onProseThread(Runnable task) {
        prose.execute(task);
    }

    private void structural(OpenPage page, int version) {
        OpenPage.Text text = page.text();
        if (text.version() != version) {
            return;
        }
        Workspace.State state = host.state();
        if (state == null) {
            return;
        }
        Path file = Workspace.named(state, page.file);
        if (!Workspace.isPage(state, file)) {
            // A Markdown file that the include and exclude globs leave out, as check would.
            OpenPage.Checked none = new OpenPage.Checked(version, Workspace.parse(state, file, text.text()), List.of());
            page.checked(none, () -> host.publish(page, none));
            return;
        }
        try {
            Page parsed = Workspace.parse(state, file, text.text());
            if (Workspace.index(state, file, parsed)) {
                host.indexChanged(page);
            }
            OpenPage.Checked checked = check(state, parsed, version, false, () -> false);
            if (page.checked(checked, () -> host.publish(page, checked)) && state.prose() != null) {
                waitingProse.put(page.uri, prose.submit(() -> prose(page, version, parsed)));
            }
        } catch (RuntimeException e) {
            host.failed(page.file + ": checking failed: " + e);
        }
    }

    private void prose(OpenPage page, int version, Page parsed) {
        Workspace.State state = host.state();
        if (!page.isAt(version) || state == null) {
            return;
        }
        try {
            // A newer version stops this check before its next paragraph; the paragraphs checked
            // so far are cached, and the newer version's check finds them there.
            OpenPage.Checked checked = check(state, parsed, version, true, () -> !page.isAt(version));
            page.checked(checked, () -> host.publish(page, checked));
        } catch (ProseCancelledException e) {
            // The page moved on; its newer version has a check of its own.
        } catch (ProseSetupException e) {
            host.failed("grammar and spelling are off: " + e.getMessage());
        } catch (RuntimeException e) {
            host.failed(page.file + ": checking prose failed: " + e);
        }
    }

    private OpenPage.Checked check(Workspace.State state, Page page, int version, boolean withProse,
            java.util.function.BooleanSupplier stale) {
        List<String> errors = new ArrayList<>();
        List<Finding> findings = Workspace.check(state, page, withProse, stale, errors);
        errors.forEach(host::failed);
        return new OpenPage.Checked(version, page, findings);
    }

    /** Stops both threads; a check under way is abandoned. */
    void stop() {
        structural.shutdownNow();
        prose.shutdownNow();
    }

    private static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
