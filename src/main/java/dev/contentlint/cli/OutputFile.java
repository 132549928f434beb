package dev.contentlint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a report or configuration file atomically: into a temporary file beside it, then
 * renamed over it, so that a reader never sees half a file. An existing file keeps its
 * permissions; a new one is readable by all, as an editor would make it.
 */
final class OutputFile {
    /** What goes into the file, streamed. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    private OutputFile() {}

    /** Writes {@code content} to {@code target}, or to {@code out} (then flushed) when no file is named. */
    static void writeOrPrint(Path target, PrintWriter out, Content content) throws IOException {
        if (target != null) {
            write(target, content);
        } else {
            content.write(out);
            out.flush();
        }
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
                content.write(out);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.exists(absolute)
                        ? Files.getPosixFilePermissions(absolute) : PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
