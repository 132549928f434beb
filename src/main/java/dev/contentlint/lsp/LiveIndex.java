package dev.contentlint.lsp;

import dev.contentlint.index.PageIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The index of the repository as the editor's buffers and the files on disk make it now. An
 * entry changes only when a page's id, url, title or subject does, which is rare; the index the
 * rules read is then rebuilt from the entries (a few milliseconds for 36,000 pages), so the
 * rules keep reading an immutable {@link PageIndex}.
 */
final class LiveIndex {
    private final Map<String, PageIndex.Entry> entries = new LinkedHashMap<>();
    private final Function<String, String> displayPath;
    private PageIndex current;

    LiveIndex(List<PageIndex.Entry> entries, Function<String, String> displayPath) {
        entries.forEach(entry -> this.entries.put(entry.file(), entry));
        this.displayPath = displayPath;
    }

    /** Sets the entry of the page {@code key} (null: it has none); whether that changed the index. */
    synchronized boolean update(String key, PageIndex.Entry entry) {
        PageIndex.Entry before = entry == null ? entries.remove(key) : entries.put(key, entry);
        if (Objects.equals(before, entry)) {
            return false;
        }
        current = null;
        return true;
    }

    synchronized PageIndex current() {
        if (current == null) {
            current = new PageIndex(new ArrayList<>(entries.values()), displayPath);
        }
        return current;
    }

    synchronized int size() {
        return entries.size();
    }
}
