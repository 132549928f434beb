package dev.contentlint.rules.declarative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code body-prose}: the body without its code, at the body's own positions. */
class BodyProseScopeTest {
    @TempDir
    Path dir;

    @Test
    void codeIsLeftOutAndPositionsStayExact() throws IOException {
        Files.writeString(dir.resolve(".contentlint.yaml"), """
                extends: []
                define:
                  - id: no-var
                    kind: forbidden-pattern
                    summary: Prose says variable
                    fields: [body-prose]
                    pattern: '\\bvar\\b'
                  - id: no-var-anywhere
                    kind: forbidden-phrase
                    summary: Body never says var
                    fields: [body]
                    phrases: [var]
                """);
        Files.writeString(dir.resolve("page.md"), """
                ---
                title: T
                ---
                Declare it with `var x`, or:

                ```js
                var y = 1;
                ```

                    var z = 2;

                A var in prose.
                """);
        Cli.Run run = Cli.run("check", "--no-prose", "--config", dir.resolve(".contentlint.yaml").toString(),
                dir.resolve("page.md").toString());
        List<String> lines = run.outLines().stream().filter(l -> l.contains("[no-var")).map(l -> l.replaceAll("^.*page.md:", ""))
                .map(l -> l.replaceAll(": .*\\[", " [").replaceAll("\\].*", "]")).toList();
        assertEquals(List.of("4:18 [no-var-anywhere]", "7:1 [no-var-anywhere]", "10:5 [no-var-anywhere]",
                "12:3 [no-var]", "12:3 [no-var-anywhere]"), lines, run.toString());
    }
}
