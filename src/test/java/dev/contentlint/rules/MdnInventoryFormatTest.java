package dev.contentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link MdnInventory} writes MDN's front matter and gets its package, without the network. */
class MdnInventoryFormatTest {
    @TempDir
    Path dir;

    @Test
    void valuesArePlainUnlessYamlWouldReadThemAsSomethingElseAndQuotedAsPrettierQuotes() throws IOException {
        String yaml = MdnInventory.frontMatter(new ObjectMapper().readTree("""
                {"title": "Null", "slug": "Glossary/Null", "short-title": "1.0",
                 "a": "Character escape: \\\\n", "b": "`<input type=\\"file\\">` attribute", "c": "it's: \\"x\\"",
                 "status": ["experimental", "deprecated"]}
                """));
        assertEquals("""
                title: "Null"
                slug: Glossary/Null
                short-title: "1.0"
                a: "Character escape: \\\\n"
                b: '`<input type="file">` attribute'
                c: "it's: \\"x\\""
                status:
                  - experimental
                  - deprecated
                """, yaml);
    }

    @Test
    void aPackageAlreadyFetchedIsReadWithoutNpmAndWithoutNpmTheReasonIsSaid() throws Exception {
        Path index = dir.resolve("cache/0.2.20260206/package/index.json");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "{}");
        assertEquals(index, MdnInventory.fetch(dir.resolve("cache"), "no-such-npm"));

        IOException missing = assertThrows(IOException.class,
                () -> MdnInventory.fetch(dir.resolve("empty"), "no-such-npm"));
        assertTrue(missing.getMessage().startsWith("npm is not installed"), missing.getMessage());
    }
}
