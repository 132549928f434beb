package dev.contentlint.lsp;

import com.google.gson.JsonPrimitive;
import dev.contentlint.config.ConfigException;
import dev.contentlint.engine.Engine;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.FixMode;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.rules.RuleMeta;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code contentlint lsp}: the language server. It loads the workspace's configuration and
 * index in the background after {@code initialize}, checks open pages as they change and
 * publishes their findings, runs the code actions, and reloads when the configuration or the
 * vocabulary changes. All checking is {@link Workspace}'s; all timing is {@link Linter}'s.
 */
public final class LspServer implements LanguageServer, LanguageClientAware, Linter.Host {
    private final Workspace.Options options;
    private final Linter linter;
    private final Map<String, OpenPage> open = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final PageEvents pages = new PageEvents(this);
    private final WorkspaceEvents files = new WorkspaceEvents(this);
    private volatile Workspace workspace;
    private volatile Workspace.State state;
    private volatile Map<String, RuleMeta> rules = Map.of();
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    /** The configuration file on which a configuration error is shown, or null. */
    private volatile String brokenConfig;
    private volatile boolean proseLoading;
    private boolean watchesByRegistration;

    public LspServer(Workspace.Options options, long debounceMillis) {
        this.options = options;
        this.linter = new Linter(this, debounceMillis);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        workspace = new Workspace(folder(params), options);
        ClientCapabilities capabilities = params.getCapabilities();
        watchesByRegistration = capabilities != null && capabilities.getWorkspace() != null
                && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        // The index of a large site takes a moment even from its cache: the editor need not wait for it.
        linter.onCheckThread(() -> {
            try {
                reload();
            } finally {
                ready.complete(null);
            }
        });
        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        server.setTextDocumentSync(sync);
        server.setHoverProvider(true);
        server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        server.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.COMMAND)));
        return CompletableFuture.completedFuture(new InitializeResult(server,
                new ServerInfo("contentlint", options.toolVersion())));
    }

    private static Path folder(InitializeParams params) {
        String uri = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()
                ? params.getWorkspaceFolders().get(0).getUri() : params.getRootUri();
        if (uri != null) {
            return Path.of(URI.create(uri));
        }
        return Path.of("").toAbsolutePath();
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!watchesByRegistration) {
            return; // the editor reports saves only; didSave then covers the configuration too
        }
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String glob : List.of("**/*.md", "**/.contentlint.yaml", "**/*.txt", "**/*.yaml")) {
            watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
        }
        client.registerCapability(new RegistrationParams(List.of(new Registration("contentlint-files",
                "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        linter.stop();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        System.exit(exitCode());
    }

    /** 0 after a shutdown request, 1 when the editor went away without one (as the protocol says). */
    public int exitCode() {
        return shutdown ? 0 : 1;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return pages;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return files;
    }

    // The state, shared with the services and the linter.

    @Override
    public Workspace.State state() {
        ready.join();
        return state;
    }

    /** The state when it is loaded, without waiting for it; null before. */
    Workspace.State stateIfReady() {
        return ready.isDone() ? state : null;
    }

    LanguageClient client() {
        return client;
    }

    Linter linter() {
        return linter;
    }

    Map<String, OpenPage> open() {
        return open;
    }

    Map<String, RuleMeta> rules() {
        return rules;
    }

    /** How many of the repository's pages the server checks, when idle, after it loads (about a second of CPU). */
    private static final int WARM_UP_PAGES = 200;

    /**
     * Loads the configuration and the index again and checks every open page with them. A
     * configuration that does not load becomes a diagnostic on its file; the last good one stays.
     */
    void reload() {
        LanguageClient to = client;
        try {
            Workspace.State loaded = workspace.load();
            state = loaded;
            linter.whenIdle(Workspace.warmUpChecks(loaded, WARM_UP_PAGES));
            rules = loaded.config().known().stream().collect(Collectors.toMap(RuleMeta::id, Function.identity(), (a, b) -> a));
            proseLoading = false;
            if (brokenConfig != null) {
                to.publishDiagnostics(new PublishDiagnosticsParams(brokenConfig, List.of()));
                brokenConfig = null;
            }
        } catch (ConfigException e) {
            String file = e.file().startsWith("built-in:") ? null : Path.of(e.file()).toAbsolutePath().toUri().toString();
            if (file != null) {
                brokenConfig = file;
                to.publishDiagnostics(new PublishDiagnosticsParams(file, List.of(Diagnostics.of(e))));
            }
            failed("configuration error: " + e.describe());
        } catch (RuntimeException e) {
            failed("loading the workspace failed: " + e);
        }
        open.values().forEach(linter::now);
    }

    /** Loads LanguageTool on the prose thread when a page is first opened, so that the first edit finds it ready. */
    void pageOpened() {
        Workspace.State current = state;
        if (current != null && current.prose() != null && !proseLoading) {
            proseLoading = true;
            linter.onProseThread(() -> {
                try {
                    current.prose().load();
                } catch (RuntimeException e) {
                    failed("grammar and spelling are off: " + e.getMessage());
                }
            });
        }
    }

    @Override
    public void publish(OpenPage page, OpenPage.Checked checked) {
        client.publishDiagnostics(new PublishDiagnosticsParams(page.uri,
                Diagnostics.of(page.uri, checked.findings(), rules), checked.version()));
    }

    @Override
    public void indexChanged(OpenPage changed) {
        open.values().stream().filter(page -> page != changed).forEach(linter::now);
    }

    @Override
    public void failed(String message) {
        System.err.println("contentlint: lsp: " + message);
        LanguageClient to = client;
        if (to != null) {
            to.logMessage(new MessageParams(MessageType.Warning, "contentlint: " + message));
        }
    }

    /** Runs a code action's command; see {@link CodeActions}. */
    CompletableFuture<Object> execute(ExecuteCommandParams params) {
        List<Object> args = params.getArguments();
        if (!CodeActions.COMMAND.equals(params.getCommand()) || args == null || args.size() < 5) {
            return CompletableFuture.completedFuture(null);
        }
        OpenPage page = open.get(string(args.get(0)));
        int version = Integer.parseInt(string(args.get(1)));
        String kind = string(args.get(2));
        int index = Integer.parseInt(string(args.get(3)));
        String value = string(args.get(4));
        OpenPage.Checked checked = page == null ? null : page.current();
        if (checked == null || checked.version() != version || index >= checked.findings().size()) {
            client.showMessage(new MessageParams(MessageType.Info,
                    "contentlint: the page changed since this action was offered; ask for it again"));
            return CompletableFuture.completedFuture(null);
        }
        Finding finding = index >= 0 ? checked.findings().get(index) : null;
        List<TextEdit> edits;
        switch (kind) {
            case CodeActions.Action.FIX -> edits = finding.fix().edits();
            case CodeActions.Action.REPLACE -> edits = List.of(new TextEdit(finding.range(), value));
            case CodeActions.Action.DISABLE -> edits = List.of(CodeActions.disable(checked.page(), value));
            case CodeActions.Action.FIX_ALL_SAFE -> edits = safeFixes(checked);
            case CodeActions.Action.ADD_WORD -> {
                addToVocabulary(value);
                return CompletableFuture.completedFuture(null);
            }
            default -> edits = List.of();
        }
        if (edits.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        WorkspaceEdit edit = CodeActions.edit(page.uri, checked.page(), edits);
        return client.applyEdit(new ApplyWorkspaceEditParams(edit, "contentlint")).thenApply(result -> result);
    }

    /** The safe fixes of the page as {@code --fix} applies them, as one edit of the lines they change. */
    private List<TextEdit> safeFixes(OpenPage.Checked checked) {
        Workspace.State current = state();
        Engine engine = new Engine(current.config(), 1, current.repository(), FixMode.NONE, true)
                .withIndex(current.index() == null ? null : current.index().current());
        String before = checked.page().text();
        String after = engine.safelyFixed(checked.page(), new ArrayList<>());
        if (after == null) {
            return List.of();
        }
        int start = 0;
        while (start < before.length() && start < after.length() && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < before.length() - start && end < after.length() - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        return List.of(new TextEdit(new dev.contentlint.page.Range(start, before.length() - end),
                after.substring(start, after.length() - end)));
    }

    /** Appends the word to the configuration's vocabulary file, then reloads: the spelling rule accepts it from now on. */
    private void addToVocabulary(String word) {
        Path vocabulary = ConfigInputs.vocabulary(state().inputs());
        if (vocabulary == null) {
            client.showMessage(new MessageParams(MessageType.Warning,
                    "contentlint: the configuration names no vocabulary file (prose.vocabulary)"));
            return;
        }
        try {
            String existing = Files.exists(vocabulary) ? Files.readString(vocabulary, StandardCharsets.UTF_8) : "";
            String line = (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + word.strip() + "\n";
            Files.writeString(vocabulary, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            failed("cannot add '" + word + "' to " + vocabulary + ": " + e.getMessage());
            return;
        }
        linter.onCheckThread(this::reload);
    }

    private static String string(Object arg) {
        return arg instanceof JsonPrimitive primitive ? primitive.getAsString() : String.valueOf(arg);
    }
}
