package dev.contentlint.bench;

import dev.contentlint.config.Config;
import dev.contentlint.page.PageReader;
import dev.contentlint.prose.ProseSegment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The prose texts of pages as contentlint reads them (answer escapes as line breaks), for the prose benchmarks. */
public final class ProseTexts {
    private ProseTexts() {}

    /** Each distinct text of the pages' prose fields, in page order, with the first page that has it. */
    public static Map<String, Path> of(List<Path> files, Config config) {
        Map<String, Path> texts = new LinkedHashMap<>();
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_BYTES);
        for (Path file : files) {
            PageReader.Result read = reader.read(file, file.toString());
            if (read.page() != null) {
                ProseSegment.of(read.page(), config.prose().fields()).forEach(s -> texts.putIfAbsent(s.text(), file));
            }
        }
        return texts;
    }
}
