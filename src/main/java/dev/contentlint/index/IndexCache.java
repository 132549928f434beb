package dev.contentlint.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The index entries of the last run, on disk, so that a run re-reads only the pages that
 * changed: an entry is reused while its file keeps its version, which is its git blob when git
 * knows the file unchanged, else its size and modification time. One file
 * per repository and field roles; it is rewritten whole (a temporary file, then a rename) when
 * anything changed, so a reader never sees half of it, and a damaged file only costs a full
 * re-read.
 */
final class IndexCache {
    private static final int FORMAT = 2;

    /** What was read of one file: its version, and its values (none when the page has no usable front matter). */
    record Stored(String version, String id, String url, String title, String subject, boolean indexed) {}

    private final Path file;
    private final Map<String, Stored> entries;

    private IndexCache(Path file, Map<String, Stored> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The cache for the pages under {@code root} with these roles, in {@code directory}. */
    static IndexCache open(Path directory, Path root, String rolesFingerprint, String toolVersion) {
        String key = "format=" + FORMAT + "\ncontentlint=" + toolVersion + "\nroot=" + root.toAbsolutePath().normalize()
                + "\nroles=" + rolesFingerprint;
        Path file = directory.resolve("index-" + HexFormat.of().formatHex(sha256(key), 0, 8) + ".bin");
        return new IndexCache(file, load(file));
    }

    Stored get(String absolutePath) {
        return entries.get(absolutePath);
    }

    /** What says whether a file changed: its blob when git has one, else its size and modification time. */
    static String version(RepositoryFile file) throws IOException {
        if (file.blob() != null) {
            return file.blob();
        }
        BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
        return attributes.size() + "@" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** Replaces the cache with {@code current}, the entries of every file of this run. */
    void save(Map<String, Stored> current) throws IOException {
        if (current.equals(entries)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(current.size());
                for (Map.Entry<String, Stored> entry : current.entrySet()) {
                    Stored stored = entry.getValue();
                    out.writeUTF(entry.getKey());
                    out.writeUTF(stored.version());
                    out.writeBoolean(stored.indexed());
                    writeNullable(out, stored.id());
                    writeNullable(out, stored.url());
                    writeNullable(out, stored.title());
                    writeNullable(out, stored.subject());
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, Stored> load(Path file) {
        Map<String, Stored> entries = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return new HashMap<>();
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String version = in.readUTF();
                boolean indexed = in.readBoolean();
                entries.put(path, new Stored(version, readNullable(in), readNullable(in), readNullable(in),
                        readNullable(in), indexed));
            }
            return entries;
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // damaged: every page is read again, and the file rewritten
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value.length() > 16_000 ? value.substring(0, 16_000) : value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
