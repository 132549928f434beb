package dev.contentlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of test pages, {@code pages}, with a configuration file, {@code config}, beside it. */
final class PageFolder {
    final Path config;
    final Path pages;

    PageFolder(Path dir, String configuration) throws IOException {
        config = Files.writeString(dir.resolve("contentlint.yaml"), configuration);
        pages = Files.createDirectories(dir.resolve("pages"));
    }

    /** Writes a page, as UTF-8, at {@code name} below the pages folder. */
    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = pages.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }
}
