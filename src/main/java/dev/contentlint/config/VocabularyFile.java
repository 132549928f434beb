package dev.contentlint.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import dev.contentlint.io.GuardedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a vocabulary: one word per line; a line starting with {@code /} is a pattern;
 * blank lines and lines starting with {@code #} are skipped.
 */
final class VocabularyFile {
    /** A site's list of terms is tens of thousands of words, well under a megabyte. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private VocabularyFile() {}

    /** @param atValue makes the error for a file that cannot be read, located at the config value naming it */
    static Vocabulary read(Path path, Function<String, ConfigException> atValue) {
        String text;
        try {
            text = GuardedReader.readUtf8(path, MAX_BYTES);
        } catch (GuardedReader.RefusedException e) {
            String at = e.line() > 0 ? path + ":" + e.line() + ":" + e.column() : path.toString();
            throw atValue.apply("cannot read vocabulary file " + at + ": " + e.getMessage());
        }
        return parse(text.lines().toList(), path.toString());
    }

    /** A vocabulary that ships with contentlint, beside its built-in profiles; {@code name} is relative to them. */
    static Vocabulary readBuiltin(String name, Function<String, ConfigException> atValue) {
        String resource = "/contentlint/rules/" + name;
        try (InputStream in = VocabularyFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw atValue.apply("no built-in vocabulary named '" + name + "'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), "built-in:" + name);
        } catch (IOException e) {
            throw atValue.apply("cannot read built-in vocabulary '" + name + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Vocabulary parse(List<String> lines, String source) {
        Set<String> words = new LinkedHashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.startsWith("/")) {
                words.add(line);
                continue;
            }
            String regex = line.length() > 1 && line.endsWith("/") ? line.substring(1, line.length() - 1) : line.substring(1);
            long size = RegexBudget.estimate(regex);
            if (size > RegexBudget.MAX_INSTRUCTIONS) {
                throw new ConfigException(source, i + 1, 1, "pattern '" + regex + "' is too large: its counted"
                        + " repetitions expand to about " + String.format("%,d", size) + " instructions, over the limit of "
                        + String.format("%,d", RegexBudget.MAX_INSTRUCTIONS));
            }
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new ConfigException(source, i + 1, 1, "invalid pattern '" + regex + "': " + e.getDescription());
            }
        }
        return new Vocabulary(words, patterns);
    }
}
