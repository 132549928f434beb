package dev.contentlint.lsp;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** What the editor says about the files: pages and configuration changed on disk, and commands. */
final class WorkspaceEvents implements WorkspaceService {
    private final LspServer server;

    WorkspaceEvents(LspServer server) {
        this.server = server;
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.linter().onCheckThread(() -> {
            Workspace.State state = server.state();
            if (state == null) {
                return;
            }
            boolean reload = false;
            boolean indexChanged = false;
            for (FileEvent event : params.getChanges()) {
                Path file = PageEvents.file(event.getUri());
                if (file == null) {
                    continue;
                }
                file = Workspace.named(state, file);
                if (state.inputs().contains(file) || PageEvents.isConfiguration(file)) {
                    reload = true;
                } else if (!server.open().containsKey(event.getUri()) && Workspace.isPage(state, file)) {
                    // An open page's buffer is what counts; a closed one's file.
                    indexChanged |= Workspace.index(state, file,
                            event.getType() == FileChangeType.Deleted ? null : Workspace.readFromDisk(state, file));
                }
            }
            if (reload) {
                server.reload();
            } else if (indexChanged) {
                server.indexChanged(null);
            }
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // Settings live in .contentlint.yaml, which is watched.
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return server.execute(params);
    }
}
