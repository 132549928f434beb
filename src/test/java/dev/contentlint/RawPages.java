package dev.contentlint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's ids, urls, subjects and related urls, read from the raw text of each page with
 * line patterns that fit the corpus's layout (top-level keys at column 1, related articles as
 * four-space indented mappings). It shares no code with contentlint, so that tests can compare
 * the two.
 */
final class RawPages {
    record Raw(String id, String url, String subject, List<String> relatedUrls) {}

    private static final Pattern TOP = Pattern.compile("(?m)^(id|url|subject): (.*)$");
    private static final Pattern RELATED_URL = Pattern.compile("(?m)^    url: (.*)$");

    private RawPages() {}

    static List<Raw> read(List<Path> files) {
        List<Raw> pages = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String front = text.substring(0, text.indexOf("\n---", 3));
            String id = null;
            String url = null;
            String subject = null;
            Matcher top = TOP.matcher(front);
            while (top.find()) {
                switch (top.group(1)) {
                    case "id" -> id = top.group(2).strip();
                    case "url" -> url = top.group(2).strip();
                    default -> subject = top.group(2).strip();
                }
            }
            List<String> related = new ArrayList<>();
            Matcher link = RELATED_URL.matcher(front);
            while (link.find()) {
                related.add(link.group(1).strip());
            }
            pages.add(new Raw(id, url, subject, related));
        }
        return pages;
    }
}
