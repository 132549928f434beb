package dev.contentlint.cli;

import dev.contentlint.config.Config;
import dev.contentlint.index.RepositoryListing;
import dev.contentlint.lsp.LspServer;
import dev.contentlint.lsp.Workspace;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Runs the language server on standard input and output, for editors (docs/editors.md).")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--no-prose", description = "Skip the grammar and spelling rules")
    boolean noProse;

    @Mixin
    CacheOptions cache;

    @Option(names = "--debounce", paramLabel = "MS", defaultValue = "300",
            description = "How long a page must stay unchanged before it is checked again (default: ${DEFAULT-VALUE} ms)")
    long debounceMillis;

    @Override
    public Integer call() throws InterruptedException {
        // The protocol owns standard output: whatever else prints (LanguageTool does) goes to standard error.
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Path cacheDirectory = cache.directory();
        Workspace.Repositories repositories = new Workspace.Repositories() {
            @Override
            public Path root(Config config, Path folder) {
                return RepositoryRoot.of(config, folder);
            }

            @Override
            public RepositoryListing pages(Config config, Path repository) {
                return PageSelection.repositoryOnly(config, repository).repositoryPages();
            }
        };
        LspServer server = new LspServer(new Workspace.Options(!noProse, cacheDirectory, Main.version(), repositories),
                debounceMillis);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, protocol);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            System.err.println("contentlint: lsp: the connection failed: " + e.getCause());
            return Main.ERROR;
        }
        return server.exitCode();
    }
}
