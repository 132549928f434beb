package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: Debian's Neovim, headless, starts {@code bin/contentlint lsp} with
 * {@code vim.lsp.start_client}, opens a page of the corpus sample and receives its diagnostics,
 * which are those {@code check} reports for the page, at the same places.
 */
class NeovimTest {
    private static final Path NVIM = Path.of("/usr/bin/nvim");
    private static final Path SAMPLE = Path.of("../shared/corpus/sample");

    @Test
    void neovimShowsTheFindingsOfAPage(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isExecutable(NVIM), "Neovim is not at /usr/bin/nvim (apt package neovim); skipping the editor test");
        assumeTrue(Files.isDirectory(SAMPLE), "the corpus sample is not at ../shared/corpus/sample; skipping the editor test");
        Path page;
        try (Stream<Path> pages = Files.walk(SAMPLE.resolve("content"))) {
            page = pages.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow().toAbsolutePath().normalize();
        }
        Path out = folder.resolve("diagnostics.jsonl");
        ProcessBuilder nvim = new ProcessBuilder(NVIM.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-S",
                Path.of("src/test/resources/lsp/neovim-diagnostics.lua").toAbsolutePath().toString());
        nvim.environment().put("CL_SERVER", Path.of("bin/contentlint").toAbsolutePath().toString());
        nvim.environment().put("CL_PAGE", page.toString());
        nvim.environment().put("CL_ROOT", SAMPLE.toAbsolutePath().normalize().toString());
        nvim.environment().put("CL_OUT", out.toString());
        nvim.environment().put("CL_CACHE", folder.resolve("cache").toString());
        nvim.environment().put("HOME", folder.toString());
        Process process = nvim.redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile()).start();
        assertTrue(process.waitFor(360, TimeUnit.SECONDS), "Neovim did not finish");
        List<String> received = Files.readAllLines(out);
        assertTrue(!received.isEmpty() && received.get(0).startsWith("{"), "Neovim got: " + received);

        ObjectMapper json = new ObjectMapper();
        TreeSet<String> shown = new TreeSet<>();
        for (String line : received) {
            JsonNode d = json.readTree(line);
            shown.add((d.get("line").asInt() + 1) + ":" + (d.get("column").asInt() + 1) + " " + d.get("code").asText());
        }
        TreeSet<String> reported = new TreeSet<>();
        Process check = new ProcessBuilder(Path.of("bin/contentlint").toAbsolutePath().toString(), "check", "--no-prose",
                "--format", "json", "--fail-on", "never", "--cache-dir", folder.resolve("cache").toString(),
                page.toRealPath().toString()) // as the working directory names it: ../shared may be a link
                .directory(SAMPLE.toRealPath().toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode result = json.readTree(check.getInputStream());
        assertEquals(0, check.waitFor());
        for (JsonNode finding : result.get("findings")) {
            reported.add(finding.get("line").asInt() + ":" + finding.get("column").asInt() + " " + finding.get("ruleId").asText());
        }
        assertEquals(new ArrayList<>(reported), new ArrayList<>(shown));
    }
}
