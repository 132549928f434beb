package dev.contentlint.config;

import dev.contentlint.io.GuardedReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A site's file of redirects, one old link and its new link a line, in one of two formats:
 * {@code tab-separated} ({@code FROM<TAB>TO}, as MDN's {@code _redirects.txt}) or
 * {@code whitespace-separated} ({@code FROM TO [STATUS]}, as Netlify's {@code _redirects}). Blank
 * lines and lines starting with {@code #} are skipped in both.
 */
final class RedirectsFile {
    static final List<String> FORMATS = List.of("tab-separated", "whitespace-separated");
    /** MDN's whole site redirects about 17,500 links in 1.5 MB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private RedirectsFile() {}

    /** Old link → new link, as written. */
    static Map<String, String> read(Path path, String format,
            Function<String, ConfigException> atValue) {
        String text;
        try {
            text = GuardedReader.readUtf8(path, MAX_BYTES);
        } catch (GuardedReader.RefusedException e) {
            throw atValue.apply("cannot read redirects file " + path + ": " + e.getMessage());
        }
        Map<String, String> redirects = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = format.equals("tab-separated") ? line.split("\t") : line.split("\\s+");
            boolean shaped = format.equals("tab-separated") ? parts.length == 2 : parts.length == 2 || parts.length == 3;
            if (!shaped || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException(path.toString(), i + 1, 1, "a line of this " + format + " redirects file"
                        + " must be " + (format.equals("tab-separated") ? "FROM<TAB>TO" : "FROM TO [STATUS]")
                        + ", not '" + line + "'");
            }
            String from = parts[0].strip();
            String to = parts[1].strip();
            redirects.put(from, to);
        }
        return redirects;
    }
}
