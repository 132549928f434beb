package dev.contentlint.prose;

import dev.contentlint.text.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import dev.contentlint.io.GuardedReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Prose results on disk, so that unchanged text is never checked twice.
 *
 * <p>A result is keyed by a SHA-256 of the text, of what part of LanguageTool checked it (the
 * sentence rules of a paragraph, or the text-level rules of a whole text) and of its namespace:
 * the cache format, the versions of contentlint and LanguageTool, and the prose settings
 * (language, rule switches, vocabulary, suggestion count). Each namespace has its own file, so
 * a change of settings starts a new file and old ones can be deleted freely.
 *
 * <p>The file is a journal: a header, then records, each with a CRC. Results are appended as a
 * run makes them, a batch every {@value #BATCH} results or {@value #BATCH_MILLIS} ms, under a
 * file lock, so a run killed half-way keeps what it checked and parallel runs do not mix their
 * writes. On load, a torn or damaged tail is ignored and dropped by the next write; a journal
 * whose records are mostly repeats (parallel runs that checked the same texts) is compacted.
 */
public final class ProseCache {
    /**
     * Raised whenever what is cached, or what a check of the same text returns, changes: results
     * made by an earlier build of the same version (a checkout of main whose cache CI restored)
     * must not be reused. ProseCacheTest fails when the prose sources change and this does not.
     */
    static final int FORMAT = 19;
    /** Results appended together: few enough that a killed run loses little, enough that appends stay rare. */
    static final int BATCH = 64;
    static final long BATCH_MILLIS = 2_000;
    /** A cache of a large site's prose is tens of megabytes. */
    private static final long MAX_BYTES = 1L << 30;
    private static final byte[] MAGIC = "contentlint-prose\n".getBytes(StandardCharsets.US_ASCII);

    /** A 128-bit digest of a text in its namespace. */
    public record Key(long high, long low) {}

    private final Path file;
    private final byte[] namespace;
    private final Map<Key, List<ProseMatch>> stored = new ConcurrentHashMap<>();
    private final Map<Key, List<ProseMatch>> added = new ConcurrentHashMap<>();
    private long loadedBytes;
    private int recordsLoaded;
    /** Set by {@link #contentsOf}: loading counts and never compacts. */
    private boolean countOnly;
    private long lastWrite = System.currentTimeMillis();
    private long validBytes;
    private boolean damaged;

    private ProseCache(Path file, byte[] namespace) {
        this.file = file;
        this.namespace = namespace;
    }

    /** Opens (or starts) the cache for these settings in {@code directory}; a damaged file costs only its entries. */
    public static ProseCache open(Path directory, String settingsFingerprint, String toolVersion) {
        byte[] namespace = namespace(settingsFingerprint, toolVersion);
        String name = "prose-" + HexFormat.of().formatHex(namespace, 0, 8) + ".bin";
        ProseCache cache = new ProseCache(directory.resolve(name), namespace);
        cache.load();
        return cache;
    }

    /** A cache that lives for one run only ({@code --no-cache}): the same text is still checked once. */
    public static ProseCache inMemory(String settingsFingerprint, String toolVersion) {
        return new ProseCache(null, namespace(settingsFingerprint, toolVersion));
    }

    private static byte[] namespace(String settingsFingerprint, String toolVersion) {
        return Sha256.of("format=" + FORMAT + "\ncontentlint=" + toolVersion + "\nlanguagetool="
                + languageToolVersion() + "\n" + settingsFingerprint);
    }

    /** The default folder: $CONTENTLINT_CACHE_DIR, else $XDG_CACHE_HOME/contentlint, else ~/.cache/contentlint. */
    public static Path defaultDirectory() {
        String explicit = System.getenv("CONTENTLINT_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("contentlint");
    }

    /** The cache file, or null for an in-memory cache. */
    public Path file() {
        return file;
    }

    public Key key(String text) {
        return key("", text);
    }

    /** The key of {@code text} as checked by the part of LanguageTool that {@code kind} names. */
    public Key key(String kind, String text) {
        MessageDigest digest = Sha256.digest();
        digest.update(namespace);
        digest.update(kind.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        return new Key(hash.getLong(), hash.getLong());
    }

    /** The stored matches for the key, or null. */
    public List<ProseMatch> get(Key key) {
        List<ProseMatch> found = stored.get(key);
        return found != null ? found : added.get(key);
    }

    /** Keeps the result, and appends the results not yet written when a batch is due. */
    public void put(Key key, List<ProseMatch> matches) {
        if (!stored.containsKey(key)) {
            added.put(key, List.copyOf(matches));
            if (file != null && (added.size() >= BATCH || System.currentTimeMillis() - lastWrite >= BATCH_MILLIS)) {
                try {
                    flush();
                } catch (IOException | RuntimeException e) {
                    // Kept in memory; the flush at the end of the run tries again and says why it failed.
                }
            }
        }
    }

    /** The valid records of a cache file and how many different texts they hold, whatever its namespace; for tests. */
    record Contents(int records, int texts) {}

    static Contents contentsOf(Path file) {
        ProseCache cache = new ProseCache(file, new byte[0]);
        cache.countOnly = true;
        cache.load();
        return new Contents(cache.recordsLoaded, cache.stored.size());
    }

    public int size() {
        return stored.size() + added.size();
    }

    /** Appends the results added since the last write. */
    public synchronized void flush() throws IOException {
        lastWrite = System.currentTimeMillis();
        if (added.isEmpty() || file == null) {
            return;
        }
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        Map<Key, List<ProseMatch>> batch = new HashMap<>(added);
        for (Map.Entry<Key, List<ProseMatch>> entry : batch.entrySet()) {
            writeRecord(records, entry.getKey(), entry.getValue());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ); FileLock lock = channel.lock()) {
            long size = channel.size();
            if (size < MAGIC.length || !startsWithMagic(channel)) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(MAGIC), 0);
            } else if (damaged && size == loadedBytes) {
                channel.truncate(validBytes); // drop the torn tail, unless another run wrote after it
            }
            channel.write(ByteBuffer.wrap(records.toByteArray()), channel.size());
            loadedBytes = channel.size();
        }
        stored.putAll(batch);
        batch.keySet().forEach(added::remove);
        damaged = false;
    }

    /**
     * Rewrites the journal with one record a result, when repeats make up most of it; a run
     * that appended since this one loaded keeps the file as it is.
     */
    private void compact(byte[] bytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileLock lock = channel.lock()) {
            if (channel.size() != bytes.length) {
                return;
            }
            ByteArrayOutputStream records = new ByteArrayOutputStream();
            records.write(MAGIC);
            for (Map.Entry<Key, List<ProseMatch>> entry : stored.entrySet()) {
                writeRecord(records, entry.getKey(), entry.getValue());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(records.toByteArray()), 0);
            loadedBytes = channel.size();
            validBytes = loadedBytes;
            damaged = false;
        } catch (IOException e) {
            // The journal stays as it was: longer, as right.
        }
    }

    private static boolean startsWithMagic(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(MAGIC.length);
        channel.read(head, 0);
        return Arrays.equals(head.array(), MAGIC);
    }

    private void load() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        byte[] bytes;
        try {
            // A FIFO or a link to /dev/zero in the cache folder would hang the run or fill the heap.
            bytes = GuardedReader.readBytes(file, MAX_BYTES);
        } catch (GuardedReader.RefusedException e) {
            throw new ProseSetupException("the prose cache " + file + " " + e.getMessage()
                    + "; delete it, or name another folder with --cache-dir");
        }
        loadedBytes = bytes.length;
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return; // rewritten from scratch by flush
        }
        int at = MAGIC.length;
        int records = 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (at + 8 <= bytes.length) {
            int length = buffer.getInt(at);
            if (length < 16 || at + 8L + length > bytes.length) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, at + 8, length);
            if ((int) crc.getValue() != buffer.getInt(at + 4)) {
                break;
            }
            try {
                readRecord(bytes, at + 8, length);
            } catch (IOException | RuntimeException e) {
                break;
            }
            at += 8 + length;
            records++;
        }
        validBytes = at;
        damaged = at < bytes.length;
        recordsLoaded = records;
        if (!countOnly && records > 2 * stored.size() + BATCH) {
            compact(bytes);
        }
    }

    /** The bits of a match's first byte. */
    private static final int SPELLING = 1;
    private static final int NEEDS_CLOSE_WORD = 2;

    private void readRecord(byte[] bytes, int offset, int length) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, offset, length));
        Key key = new Key(in.readLong(), in.readLong());
        int count = in.readInt();
        List<ProseMatch> matches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = in.readUnsignedByte();
            boolean spelling = (kind & SPELLING) != 0;
            String rule = in.readUTF();
            String category = in.readUTF();
            int from = in.readInt();
            int to = in.readInt();
            String message = in.readUTF();
            int suggestionCount = in.readUnsignedByte();
            List<String> suggestions = new ArrayList<>(suggestionCount);
            for (int s = 0; s < suggestionCount; s++) {
                suggestions.add(in.readUTF());
            }
            matches.add(new ProseMatch(spelling, rule, category, from, to, message, suggestions, (kind & NEEDS_CLOSE_WORD) != 0));
        }
        if (in.available() != 0) {
            throw new EOFException("record longer than its matches");
        }
        stored.put(key, List.copyOf(matches));
    }

    private static void writeRecord(ByteArrayOutputStream out, Key key, List<ProseMatch> matches) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        data.writeLong(key.high());
        data.writeLong(key.low());
        data.writeInt(matches.size());
        for (ProseMatch match : matches) {
            data.writeByte((match.spelling() ? SPELLING : 0) | (match.needsCloseWord() ? NEEDS_CLOSE_WORD : 0));
            data.writeUTF(match.ruleId());
            data.writeUTF(match.category());
            data.writeInt(match.from());
            data.writeInt(match.to());
            data.writeUTF(clip(match.message()));
            data.writeByte(Math.min(255, match.suggestions().size()));
            for (String suggestion : match.suggestions().subList(0, Math.min(255, match.suggestions().size()))) {
                data.writeUTF(clip(suggestion));
            }
        }
        data.flush();
        byte[] record = body.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(record);
        DataOutputStream framed = new DataOutputStream(out);
        framed.writeInt(record.length);
        framed.writeInt((int) crc.getValue());
        framed.write(record);
        framed.flush();
    }

    /** writeUTF takes at most 65,535 bytes; a message that long is cut rather than lost. */
    private static String clip(String text) {
        return text.length() > 16_000 ? text.substring(0, 16_000) : text;
    }

    /** LanguageTool's version, read from its jar's Maven metadata so that its classes stay unloaded. */
    static String languageToolVersion() {
        try (InputStream in = ProseCache.class.getResourceAsStream(
                "/META-INF/maven/org.languagetool/languagetool-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
