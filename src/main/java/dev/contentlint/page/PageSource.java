package dev.contentlint.page;

import java.nio.file.Path;

/** Where a page's bytes come from: the file in the working tree, or its staged version in git's index. */
@FunctionalInterface
public interface PageSource {
    PageSource WORKING_TREE = (reader, file, displayPath) -> reader.read(file, displayPath);

    PageReader.Result read(PageReader reader, Path file, String displayPath);
}
