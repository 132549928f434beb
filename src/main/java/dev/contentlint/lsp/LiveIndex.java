package dev.contentlint.lsp;

import dev.contentlint.index.PageIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The index of the repository as the editor's buffers and the files on disk make it now. An
 * entry changes only when a page's id, url, title or subject does; the index the rules read is
 * then derived from the last one with that entry replaced, so the rules keep reading an
 * immutable {@link PageIndex}.
 */
final class LiveIndex {
    private final Map<String, PageIndex.Entry> entries = new HashMap<>();
    private PageIndex current;

    LiveIndex(PageIndex built) {
        built.entries().forEach(entry -> entries.put(entry.file(), entry));
        this.current = built;
    }

    /** Sets the entry of the page {@code key} (null: it has none); whether that changed the index. */
    synchronized boolean update(String key, PageIndex.Entry entry) {
        PageIndex.Entry before = entry == null ? entries.remove(key) : entries.put(key, entry);
        if (Objects.equals(before, entry)) {
            return false;
        }
        current = current.replaced(before, entry);
        return true;
    }

    synchronized PageIndex current() {
        return current;
    }

    synchronized int size() {
        return entries.size();
    }
}
