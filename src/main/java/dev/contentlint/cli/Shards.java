package dev.contentlint.cli;

import dev.contentlint.text.Slashes;
import dev.contentlint.engine.UsageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The K-th of N shares of the pages, for repositories checked on several machines. A page's
 * share depends only on its path relative to the repository root, so it is the same on every
 * machine and in every run, and adding a page moves no other page.
 */
record Shards(int index, int count) {
    static Shards parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].strip());
                int count = Integer.parseInt(parts[1].strip());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shards(index, count);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--shard must be K/N with 1 <= K <= N, such as 2/4, not '" + text + "'");
    }

    List<Path> of(List<Path> files, Path repository) {
        return files.stream().filter(file -> shareOf(repository, file) == index - 1).toList();
    }

    /** 0 to count - 1, from a CRC-32 of the '/'-separated path relative to the repository. */
    int shareOf(Path repository, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = Slashes.of((absolute.startsWith(repository) ? repository.relativize(absolute) : absolute)
                .toString());
        CRC32 crc = new CRC32();
        crc.update(relative.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }
}
