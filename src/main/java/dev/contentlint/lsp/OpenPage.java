package dev.contentlint.lsp;

import dev.contentlint.engine.Finding;
import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.List;

/** A page the editor has open: its latest text and version, and the findings last published for it. */
final class OpenPage {
    /** The findings of one version of the page, and the page they were found in. */
    record Checked(int version, Page page, List<Finding> findings) {}

    /** A version of the text. */
    record Text(int version, String text) {}

    final String uri;
    final Path file;
    private Text text;
    private Checked checked;

    OpenPage(String uri, Path file, int version, String text) {
        this.uri = uri;
        this.file = file;
        this.text = new Text(version, text);
    }

    synchronized Text text() {
        return text;
    }

    synchronized void edited(int version, String newText) {
        text = new Text(version, newText);
    }

    synchronized boolean isAt(int version) {
        return text.version() == version;
    }

    /**
     * Records and publishes findings of the current version; false, and nothing published, when
     * the page changed since. Both happen under this page's lock, so a stale result is never
     * published after a newer one.
     */
    synchronized boolean checked(Checked result, Runnable publish) {
        if (result.version() != text.version()) {
            return false;
        }
        checked = result;
        publish.run();
        return true;
    }

    /** The findings of the current version, or null while it is being checked. */
    synchronized Checked current() {
        return checked != null && checked.version() == text.version() ? checked : null;
    }
}
