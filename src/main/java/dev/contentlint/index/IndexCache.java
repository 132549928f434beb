package dev.contentlint.index;

import dev.contentlint.io.GuardedReader;
import dev.contentlint.site.MinHash;
import dev.contentlint.site.SiteFacts;
import dev.contentlint.text.Sha256;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The index entries of the last run, on disk, so that a run re-reads only the pages that
 * changed: an entry is reused while its file keeps its version, which is its git blob when git
 * knows the file unchanged, else its size and modification time. When the whole listing's
 * fingerprint is unchanged, every entry is reused at once. One file per repository and field
 * roles, read in one go; it is rewritten whole (a temporary file, then a rename) when
 * anything changed, so a reader never sees half of it. It ends with a CRC-32C of the rest, so
 * a damaged file (a flipped bit would change a url, and so a finding) is never trusted: it only
 * costs a full re-read.
 */
final class IndexCache {
    private static final int FORMAT = 6;
    /** A cache is tens of bytes a page; anything larger is not one of ours. */
    private static final long MAX_BYTES = 1L << 30;
    private static final int INDEXED = 1;
    private static final int ID = 2;
    private static final int URL = 4;
    private static final int TITLE = 8;
    private static final int SUBJECT = 16;
    private static final int SITE = 32;
    private static final int SEO_TITLE = 1;
    private static final int DESCRIPTION = 2;
    private static final int SIGNATURE = 4;

    /** What was read of one file: its version, and its values (none when the page has no usable front matter). */
    record Stored(String version, String id, String url, String title, String subject, SiteFacts site,
            boolean indexed) {
        Stored(String version, String id, String url, String title, String subject, boolean indexed) {
            this(version, id, url, title, subject, null, indexed);
        }

        /** What is kept of a file of this version whose index entry is {@code entry} (null: it has none). */
        static Stored of(String version, PageIndex.Entry entry) {
            return entry == null ? new Stored(version, null, null, null, null, null, false)
                    : new Stored(version, entry.id(), entry.url(), entry.title(), entry.subject(), entry.site(), true);
        }

        /** The index entry of the file at {@code path}, or null when it has none. */
        PageIndex.Entry entry(String path) {
            return indexed ? new PageIndex.Entry(path, id, url, title, subject, site) : null;
        }
    }

    private final Path file;
    private final String fingerprint;
    private final Map<String, Stored> entries;

    private IndexCache(Path file, String fingerprint, Map<String, Stored> entries) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.entries = entries;
    }

    /** The cache for the pages under {@code root} with these roles, in {@code directory}. */
    static IndexCache open(Path directory, Path root, String rolesFingerprint, String toolVersion) {
        String key = "format=" + FORMAT + "\ncontentlint=" + toolVersion + "\nroot=" + root.toAbsolutePath().normalize()
                + "\nroles=" + rolesFingerprint;
        Path file = directory.resolve("index-" + Sha256.hex(key, 8) + ".bin");
        return load(file);
    }

    Stored get(String absolutePath) {
        return entries.get(absolutePath);
    }

    /** Whether the cache was saved from a listing that had a fingerprint, so that {@link #savedFrom} may hold. */
    boolean savedFromAListing() {
        return fingerprint != null && !fingerprint.isEmpty();
    }

    /** Whether the cache was saved from a listing with this fingerprint (never for a null one). */
    boolean savedFrom(String listingFingerprint) {
        return listingFingerprint != null && listingFingerprint.equals(fingerprint);
    }

    /** The cached index, in the order it was saved. */
    List<PageIndex.Entry> entries() {
        List<PageIndex.Entry> indexed = new ArrayList<>(entries.size());
        entries.forEach((path, stored) -> {
            if (stored.indexed()) {
                indexed.add(stored.entry(path));
            }
        });
        return indexed;
    }

    /** What says whether a file changed: its blob when git has one, else its size and modification time. */
    static String version(RepositoryFile file) throws IOException {
        if (file.blob() != null) {
            return file.blob();
        }
        if (file.stamp() != null) {
            return file.stamp();
        }
        return RepositoryFile.stamp(Files.readAttributes(file.file(), BasicFileAttributes.class));
    }

    /** Replaces the cache with {@code current}, the entries of every file of this run in its order. */
    void save(Map<String, Stored> current, String listingFingerprint) throws IOException {
        String newFingerprint = listingFingerprint == null ? "" : listingFingerprint;
        if (current.equals(entries) && newFingerprint.equals(fingerprint)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
            try (DataOutputStream out = new DataOutputStream(body)) {
                out.writeInt(FORMAT);
                writeString(out, newFingerprint);
                Map<String, Integer> links = linkTable(current);
                out.writeInt(links.size());
                for (String link : links.keySet()) {
                    writeString(out, link);
                }
                out.writeInt(current.size());
                for (Map.Entry<String, Stored> entry : current.entrySet()) {
                    Stored stored = entry.getValue();
                    writeString(out, entry.getKey());
                    writeString(out, stored.version());
                    out.writeByte((stored.indexed() ? INDEXED : 0) | (stored.id() != null ? ID : 0)
                            | (stored.url() != null ? URL : 0) | (stored.title() != null ? TITLE : 0)
                            | (stored.subject() != null ? SUBJECT : 0) | (stored.site() != null ? SITE : 0));
                    for (String value : new String[] {stored.id(), stored.url(), stored.title(), stored.subject()}) {
                        if (value != null) {
                            writeString(out, value);
                        }
                    }
                    if (stored.site() != null) {
                        writeSite(out, stored.site(), links);
                    }
                }
            }
            byte[] bytes = body.toByteArray();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                    1 << 16))) {
                out.write(bytes);
                out.writeInt(checksum(bytes, bytes.length));
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

    /** Reads the whole file at once and decodes it from memory: a large site's cache is megabytes. */
    private static IndexCache load(Path file) {
        Map<String, Stored> entries = new LinkedHashMap<>();
        try {
            byte[] bytes = GuardedReader.readBytes(file, MAX_BYTES);
            int length = bytes.length - Integer.BYTES;
            if (length < Integer.BYTES || checksum(bytes, length) != ByteBuffer.wrap(bytes, length, Integer.BYTES).getInt()) {
                return new IndexCache(file, "", new LinkedHashMap<>());
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            if (in.getInt() != FORMAT) {
                return new IndexCache(file, "", new LinkedHashMap<>());
            }
            String fingerprint = readString(in);
            int linkCount = in.getInt();
            if (linkCount < 0 || linkCount > in.remaining() / Integer.BYTES) {
                throw new BufferUnderflowException();
            }
            String[] links = new String[linkCount];
            for (int i = 0; i < linkCount; i++) {
                links[i] = readString(in);
            }
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                String version = readString(in);
                int flags = in.get();
                String id = (flags & ID) != 0 ? readString(in) : null;
                String url = (flags & URL) != 0 ? readString(in) : null;
                String title = (flags & TITLE) != 0 ? readString(in) : null;
                String subject = (flags & SUBJECT) != 0 ? readString(in) : null;
                SiteFacts site = (flags & SITE) != 0 ? readSite(in, links) : null;
                entries.put(path, new Stored(version, id, url, title, subject, site, (flags & INDEXED) != 0));
            }
            return new IndexCache(file, fingerprint, entries);
        } catch (IOException | RuntimeException e) {
            // damaged (BufferUnderflowException, a bad length): every page is read again, and the file rewritten
            return new IndexCache(file, "", new LinkedHashMap<>());
        }
    }

    /**
     * Every link target of the pages, numbered in order of first use. A site's pages link to the
     * same few thousand urls, so each is written once and a page's links are numbers: on the
     * corpus that took the cache from 43.5 MB to 36.3 MB.
     */
    private static Map<String, Integer> linkTable(Map<String, Stored> current) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (Stored stored : current.values()) {
            if (stored.site() != null) {
                for (String link : stored.site().links()) {
                    table.putIfAbsent(link, table.size());
                }
            }
        }
        return table;
    }

    /** A page's site facts: which optional parts follow, the SEO title, description, links, counts, hash and signature. */
    private static void writeSite(DataOutputStream out, SiteFacts site, Map<String, Integer> links) throws IOException {
        out.writeByte((site.seoTitle() != null ? SEO_TITLE : 0) | (site.description() != null ? DESCRIPTION : 0)
                | (site.signature() != null ? SIGNATURE : 0));
        if (site.seoTitle() != null) {
            writeString(out, site.seoTitle());
        }
        if (site.description() != null) {
            writeString(out, site.description());
        }
        out.writeInt(site.links().size());
        for (String link : site.links()) {
            out.writeInt(links.get(link));
        }
        out.writeInt(site.words());
        out.writeInt(site.shingles());
        out.writeLong(site.textHash());
        if (site.signature() != null) {
            for (short position : site.signature()) {
                out.writeShort(position);
            }
        }
    }

    private static SiteFacts readSite(ByteBuffer in, String[] table) {
        int parts = in.get();
        String seoTitle = (parts & SEO_TITLE) != 0 ? readString(in) : null;
        String description = (parts & DESCRIPTION) != 0 ? readString(in) : null;
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / Integer.BYTES) {
            throw new BufferUnderflowException();
        }
        List<String> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int link = in.getInt();
            if (link < 0 || link >= table.length) {
                throw new BufferUnderflowException();
            }
            links.add(table[link]);
        }
        int words = in.getInt();
        int shingles = in.getInt();
        long textHash = in.getLong();
        short[] signature = null;
        if ((parts & SIGNATURE) != 0) {
            signature = new short[MinHash.LENGTH];
            in.asShortBuffer().get(signature);
            in.position(in.position() + MinHash.LENGTH * Short.BYTES);
        }
        return new SiteFacts(seoTitle, description, links, words, shingles, textHash, signature);
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) { // remaining() stops before the checksum
            throw new BufferUnderflowException();
        }
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
