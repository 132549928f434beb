package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor as the tests play it: starts the real {@code bin/contentlint lsp} process, speaks
 * JSON-RPC to it through lsp4j's client launcher, keeps the text of the pages it opened,
 * applies the edits the server sends with {@code workspace/applyEdit} to them (then tells the
 * server, as an editor does) and records every diagnostic published.
 */
final class LspClient implements LanguageClient, AutoCloseable {
    final Process process;
    final LanguageServer server;
    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    final List<String> messages = new ArrayList<>();

    LspClient(Path workingDirectory, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of("bin/contentlint").toAbsolutePath().toString(), "lsp"));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    void open(String uri, String text) {
        texts.put(uri, text);
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    }

    /** Replaces the page's text, as an editor with full synchronization does; returns the new version. */
    int change(String uri, String text) {
        texts.put(uri, text);
        int version = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
        return version;
    }

    String text(String uri) {
        return texts.get(uri);
    }

    int version(String uri) {
        return versions.get(uri);
    }

    /** Waits for a publication for {@code uri} that {@code wanted} accepts, among those after the first {@code after}. */
    PublishDiagnosticsParams await(String uri, int after, Predicate<PublishDiagnosticsParams> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (published) {
            while (true) {
                for (int i = after; i < published.size(); i++) {
                    PublishDiagnosticsParams p = published.get(i);
                    if (p.getUri().equals(uri) && wanted.test(p)) {
                        return p;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("no diagnostics as expected for " + uri + " in " + timeout + "; published: " + publishedFor(uri));
                }
                published.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    List<PublishDiagnosticsParams> publishedFor(String uri) {
        synchronized (published) {
            return published.stream().filter(p -> p.getUri().equals(uri)).toList();
        }
    }

    int publishedCount() {
        synchronized (published) {
            return published.size();
        }
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        synchronized (published) {
            published.add(diagnostics);
            published.notifyAll();
        }
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        params.getEdit().getChanges().forEach((uri, edits) -> change(uri, apply(texts.get(uri), edits)));
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    /** The text with LSP edits applied, from the last one back so that earlier positions hold. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return out.toString();
    }

    static int offset(String text, org.eclipse.lsp4j.Position position) {
        int at = 0;
        for (int line = 0; line < position.getLine(); line++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + position.getCharacter();
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams message) {
        synchronized (messages) {
            messages.add(message.getMessage());
        }
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        synchronized (messages) {
            messages.add(message.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
