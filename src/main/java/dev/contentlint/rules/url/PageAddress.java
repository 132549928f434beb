package dev.contentlint.rules.url;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;
import java.util.Optional;

/** The url and file-name fields of a page, and the parts of them that the url rules compare. */
record PageAddress(String urlPath, YamlScalar url, String fileNamePath, YamlScalar fileName) {

    static PageAddress of(Page page, RuleContext context) {
        String urlPath = context.fields().path(FieldRole.URL).orElse(null);
        String fileNamePath = context.fields().path(FieldRole.FILE_NAME).orElse(null);
        return new PageAddress(urlPath, nonEmpty(page, urlPath), fileNamePath, nonEmpty(page, fileNamePath));
    }

    private static YamlScalar nonEmpty(Page page, String path) {
        return path == null ? null : page.frontMatter().scalar(path).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** The url without query, fragment or trailing slash. */
    static String bareUrl(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String bare = url.substring(0, cut).strip();
        while (bare.length() > 1 && bare.endsWith("/")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare;
    }

    /** The url's last path segment, with its span in the file. */
    Optional<Part> urlSlug() {
        if (url == null) {
            return Optional.empty();
        }
        String bare = bareUrl(url.value());
        int from = bare.lastIndexOf('/') + 1;
        int offset = url.value().indexOf(bare);
        return Optional.of(new Part(bare.substring(from), url.sourceRange(offset + from, offset + bare.length())));
    }

    /** The file name without its extension, with its span in the file. */
    Optional<Part> fileStem() {
        if (fileName == null) {
            return Optional.empty();
        }
        String value = fileName.value();
        int dot = value.lastIndexOf('.');
        int end = dot > 0 ? dot : value.length();
        return Optional.of(new Part(value.substring(0, end), fileName.sourceRange(0, end)));
    }

    /** A piece of a field's value and the characters of the file that hold it. */
    record Part(String text, Range range) {}
}
