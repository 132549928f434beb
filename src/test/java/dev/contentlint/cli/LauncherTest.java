package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compilers {@code bin/contentlint} asks the JVM for: C1 alone for runs that stay short,
 * both for prose checks of 1,000 pages or more, which may run for minutes. The real script runs
 * from a copy of the checkout with a built jar, and a {@code java} on the PATH that records its
 * arguments, in a site of 1,000 pages and in one of 10.
 */
class LauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    static Path folder;
    private static Path launcher;
    private static Path calls;
    private static Path largeSite;
    private static Path smallSite;

    @BeforeAll
    static void checkoutWithARecordingJava() throws IOException {
        Path checkout = folder.resolve("checkout");
        launcher = checkout.resolve("bin/contentlint");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("bin/contentlint"), launcher);
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/contentlint.jar"), "");
        calls = folder.resolve("java-calls.txt");
        Path java = folder.resolve("fake-bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> \"" + calls + "\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        largeSite = site("large", 1000);
        smallSite = site("small", 10);
    }

    private static Path site(String name, int pages) throws IOException {
        Path pagesFolder = Files.createDirectories(folder.resolve(name).resolve("content/learn"));
        for (int i = 0; i < pages; i++) {
            Files.writeString(pagesFolder.resolve("page-" + i + ".md"), "");
        }
        return folder.resolve(name);
    }

    /** The JVM options of the run the launcher hands over to, before {@code -jar}. */
    private static String jvmOptions(Path site, String... args) throws Exception {
        return jvmOptionsWith(null, site, args);
    }

    /** The same, with {@code javaOptions} as JAVA_OPTS (none when null). */
    private static String jvmOptionsWith(String javaOptions, Path site, String... args) throws Exception {
        Files.deleteIfExists(calls);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", folder.resolve("fake-bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        if (javaOptions != null) {
            builder.environment().put("JAVA_OPTS", javaOptions);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> lines = Files.readAllLines(calls);
        String run = lines.get(lines.size() - 1);
        assertTrue(run.endsWith("-jar " + folder.resolve("checkout/target/contentlint.jar") + " " + String.join(" ", args)),
                run);
        return run.substring(0, run.indexOf(" -jar "));
    }

    @Test
    void proseChecksOfALargeSiteUseBothCompilers() throws Exception {
        for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--format", "sarif", "content"},
                new String[] {"audit", "--html", "report.html", "."}, new String[] {"check", "--changed-since", "main"})) {
            String options = jvmOptions(largeSite, args);
            assertTrue(options.contains("-XX:+UseParallelGC"), options);
            assertFalse(options.contains(C1_ONLY), String.join(" ", args) + ": " + options);
        }
    }

    @Test
    void checksCollectOnBothCoresAndPromoteAtOnceWhileTheLanguageServerKeepsMemorySmall() throws Exception {
        for (String[] args : List.of(new String[] {"check", "--no-prose", "."}, new String[] {"audit", "--html", "r.html"})) {
            String options = jvmOptions(largeSite, args);
            assertTrue(options.contains("-XX:+UseParallelGC") && options.contains("-XX:MaxTenuringThreshold=0")
                    && !options.contains("-XX:+UseSerialGC"), String.join(" ", args) + ": " + options);
        }
        // A server runs for hours with a small heap: what survives one collection is mostly short-lived still.
        for (String[] args : List.of(new String[] {"lsp"}, new String[] {"rules"})) {
            String options = jvmOptions(largeSite, args);
            assertTrue(options.contains("-XX:+UseSerialGC") && !options.contains("MaxTenuringThreshold"),
                    String.join(" ", args) + ": " + options);
        }
    }

    @Test
    void checksStartWithRoomForTheIndexUnlessJavaOptsSizeTheHeap() throws Exception {
        assertTrue(jvmOptions(largeSite, "audit", "--no-prose").contains("-Xms640m"));
        assertTrue(jvmOptionsWith("-Dx=1", largeSite, "check", "--no-prose", ".").contains("-Xms640m"));
        for (String heap : List.of("-Xmx8g", "-Xmx300m", "-Xms1g", "-XX:MaxHeapSize=300m", "-XX:MaxRAMPercentage=10")) {
            String options = jvmOptionsWith(heap, largeSite, "audit", "--no-prose");
            assertFalse(options.contains("-Xms640m"), heap + ": " + options);
            assertTrue(options.contains(heap), heap + ": " + options);
        }
        assertFalse(jvmOptions(largeSite, "lsp").contains("-Xms"), "a server keeps memory small");
    }

    @Test
    void shortRunsUseTheC1CompilerAlone() throws Exception {
        for (String[] args : List.of(new String[] {"check", "--no-prose", "."}, new String[] {"check", "--staged"},
                new String[] {"check", "content/learn/page-1.md", "content/learn/page-2.md"},
                new String[] {"audit", "--no-prose"}, new String[] {"rules"}, new String[] {"--version"})) {
            String options = jvmOptions(largeSite, args);
            assertTrue(options.contains(C1_ONLY), String.join(" ", args) + ": " + options);
        }
        for (String[] args : List.of(new String[] {"check"}, new String[] {"audit", "."})) {
            String options = jvmOptions(smallSite, args);
            assertTrue(options.contains(C1_ONLY), "10 pages, " + String.join(" ", args) + ": " + options);
        }
    }
}
