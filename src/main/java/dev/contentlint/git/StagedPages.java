package dev.contentlint.git;

import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Pages as they are staged: each file's text is its blob in git's index, not the working tree's file. */
public final class StagedPages implements PageSource, AutoCloseable {
    private final Map<Path, String> blobs;
    private final BlobReader reader;

    /** @param blobs each staged file's blob id, by absolute normalized path */
    public StagedPages(Git git, Map<Path, String> blobs) {
        this.blobs = Map.copyOf(blobs);
        this.reader = new BlobReader(git);
    }

    @Override
    public PageReader.Result read(PageReader pages, Path file, String displayPath) {
        String blob = blobs.get(file.toAbsolutePath().normalize());
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
