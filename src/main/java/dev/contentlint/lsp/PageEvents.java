package dev.contentlint.lsp;

import dev.contentlint.engine.Finding;
import dev.contentlint.rules.RuleMeta;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** What the editor says about its buffers: opened, changed, saved and closed pages, code actions and hovers. */
final class PageEvents implements TextDocumentService {
    private final LspServer server;

    PageEvents(LspServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Path file = file(uri);
        if (file == null || !file.toString().endsWith(".md")) {
            return;
        }
        OpenPage page = new OpenPage(uri, file, params.getTextDocument().getVersion(), params.getTextDocument().getText());
        server.open().put(uri, page);
        server.linter().now(page);
        server.linter().onCheckThread(server::pageOpened);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenPage page = server.open().get(params.getTextDocument().getUri());
        if (page == null || params.getContentChanges().isEmpty()) {
            return;
        }
        // Full synchronization: the last change holds the whole text.
        page.edited(params.getTextDocument().getVersion(),
                params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
        server.linter().changed(page);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenPage page = server.open().remove(uri);
        if (page == null) {
            return;
        }
        server.linter().onCheckThread(() -> {
            // What the buffer held unsaved is gone: the index goes back to the file on disk.
            Workspace.State state = server.state();
            Path file = state == null ? null : Workspace.named(state, page.file);
            if (state != null && Workspace.index(state, file, Workspace.readFromDisk(state, file))) {
                server.indexChanged(page);
            }
        });
        server.linter().onCheckThread(() -> server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Path file = file(params.getTextDocument().getUri());
        Workspace.State state = server.stateIfReady();
        if (file != null && state != null && (state.inputs().contains(file) || isConfiguration(file))) {
            server.linter().onCheckThread(server::reload);
        }
    }

    static boolean isConfiguration(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(".contentlint.yaml");
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        OpenPage page = server.open().get(params.getTextDocument().getUri());
        OpenPage.Checked checked = page == null ? null : page.current();
        if (checked == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        Map<String, Diagnostic> diagnostics = new HashMap<>();
        for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
            if (diagnostic.getCode() != null && diagnostic.getCode().isLeft()) {
                diagnostics.put(CodeActions.key(diagnostic.getCode().getLeft(), diagnostic.getRange(),
                        diagnostic.getMessage()), diagnostic);
            }
        }
        Workspace.State state = server.stateIfReady();
        boolean vocabulary = state != null && ConfigInputs.vocabulary(state.inputs()) != null;
        List<CodeAction> actions = CodeActions.of(page, checked, params.getRange(), params.getContext().getOnly(),
                vocabulary, diagnostics);
        return CompletableFuture.completedFuture(actions.stream().map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        OpenPage page = server.open().get(params.getTextDocument().getUri());
        OpenPage.Checked checked = page == null ? null : page.current();
        if (checked == null) {
            return CompletableFuture.completedFuture(null);
        }
        int offset = Diagnostics.offset(checked.page().lines(), params.getPosition());
        StringBuilder text = new StringBuilder();
        for (Finding finding : checked.findings()) {
            if (finding.range().start() <= offset && offset <= finding.range().end()) {
                RuleMeta meta = server.rules().get(finding.ruleId());
                if (!text.isEmpty()) {
                    text.append("\n\n---\n\n");
                }
                text.append("**").append(finding.ruleId()).append("** (").append(finding.severity().label()).append("): ")
                        .append(finding.message());
                if (meta != null) {
                    text.append("\n\n").append(meta.explanation());
                }
            }
        }
        return CompletableFuture.completedFuture(text.isEmpty() ? null
                : new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString())));
    }

    /** The file of a {@code file:} URI, or null for any other scheme. */
    static Path file(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
