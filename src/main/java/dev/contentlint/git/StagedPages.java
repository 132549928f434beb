package dev.contentlint.git;

import dev.contentlint.index.RepositoryFile;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Pages as they are staged: each file's text is its blob in git's index, not the working tree's file. */
public final class StagedPages implements PageSource, AutoCloseable {
    private final Map<Path, String> changed;
    private final Supplier<List<RepositoryFile>> others;
    private Map<Path, String> otherBlobs;
    private final BlobReader reader;

    /**
     * @param changed each staged change's blob id, by absolute normalized path
     * @param others  the other staged files with their blobs, listed only if one of them is read
     */
    public StagedPages(Git git, Map<Path, String> changed, Supplier<List<RepositoryFile>> others) {
        this.changed = Map.copyOf(changed);
        this.others = others;
        this.reader = new BlobReader(git);
    }

    private String blobOf(Path file) {
        String blob = changed.get(file);
        if (blob != null) {
            return blob;
        }
        synchronized (this) {
            if (otherBlobs == null) {
                otherBlobs = new HashMap<>();
                others.get().forEach(f -> otherBlobs.put(f.file(), f.blob()));
            }
            return otherBlobs.get(file);
        }
    }

    @Override
    public PageReader.Result read(PageReader pages, Path file, String displayPath) {
        String blob = blobOf(file.toAbsolutePath().normalize());
        if (blob == null) {
            return PageReader.fail("is not staged");
        }
        byte[] bytes;
        try {
            bytes = reader.read(blob, pages.maxBytes());
        } catch (BlobReader.TooLarge e) {
            return PageReader.fail(String.format("staged file is %,d bytes, over the %,d-byte limit for a page",
                    e.size, pages.maxBytes()));
        } catch (IOException e) {
            return PageReader.fail("cannot read the staged file: " + e.getMessage());
        }
        return pages.decode(file, displayPath, bytes);
    }

    @Override
    public void close() {
        reader.close();
    }
}
