package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format's rendering of {@link ReportFixtures#input()} must equal its file under
 * src/test/resources/golden/. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenFileTest -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {
    static final Path GOLDEN = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/test/resources/golden");

    @ParameterizedTest
    @EnumSource(Format.class)
    void outputMatchesGoldenFile(Format format) throws IOException {
        String actual = format.reporter().render(ReportFixtures.input());
        Path golden = GOLDEN.resolve(fileName(format));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing; create it with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                format.label() + " output differs from " + golden + " (regenerate with -Dgolden.update=true if intended)");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void renderingIsDeterministic(Format format) {
        assertEquals(format.reporter().render(ReportFixtures.input()), format.reporter().render(ReportFixtures.input()));
    }

    static String fileName(Format format) {
        return switch (format) {
            case TEXT -> "text.txt";
            case JSON -> "json.json";
            case SARIF -> "sarif.sarif";
            case GITHUB -> "github.txt";
            case JUNIT -> "junit.xml";
            case CHECKSTYLE -> "checkstyle.xml";
        };
    }
}
