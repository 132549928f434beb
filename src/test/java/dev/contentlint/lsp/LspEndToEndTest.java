package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/contentlint lsp} process, driven over JSON-RPC as an editor drives it, on
 * a workspace of two pages of the related-link-broken fixture, a configuration and a
 * vocabulary file. The steps run in order on one server: opening, the debounce, code actions
 * applied through {@code workspace/applyEdit}, prose and the vocabulary, hover, the update of a
 * page when the page it links to changes its url, a configuration reload, and shutdown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LspEndToEndTest {
    private static final Duration QUICK = Duration.ofSeconds(60);
    /** LanguageTool loads in a few seconds alone; on a busy machine it takes longer. */
    private static final Duration PROSE = Duration.ofSeconds(240);
    private static final String CATALYST_URL = "/learn/chemistry/questions/how-does-a-catalyst-speed-up-a-reaction";

    private Path workspace;
    private LspClient client;
    private String ice;
    private String catalyst;
    private String config;

    @BeforeAll
    void startTheServer(@TempDir Path folder) throws Exception {
        workspace = folder.resolve("site");
        Path fixture = Path.of("fixtures/related-link-broken/content");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Path copy = workspace.resolve("content").resolve(fixture.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.writeString(workspace.resolve(".contentlint.yaml"), "extends: default\nprose:\n  vocabulary: vocabulary.txt\n");
        Files.writeString(workspace.resolve("vocabulary.txt"), "# The site's words\n");
        Path icePage = workspace.resolve("content/learn/physics/why-does-ice-float-on-water.md");
        Path catalystPage = workspace.resolve("content/learn/chemistry/how-does-a-catalyst-work.md");
        Files.createDirectories(catalystPage.getParent());
        Files.writeString(catalystPage, Files.readString(icePage)
                .replace("url: /learn/physics/questions/why-does-ice-float-on-water", "url: /learn/chemistry/questions/how-does-a-catalyst-work")
                .replace("id: 80032", "id: 80099"));
        ice = icePage.toUri().toString();
        catalyst = catalystPage.toUri().toString();
        config = workspace.resolve(".contentlint.yaml").toUri().toString();

        client = new LspClient(workspace, "--cache-dir", folder.resolve("cache").toString(), "--debounce", "300");
        InitializeParams init = new InitializeParams();
        init.setRootUri(workspace.toUri().toString());
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        workspaceCapabilities.setApplyEdit(true);
        workspaceCapabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspaceCapabilities);
        init.setCapabilities(capabilities);
        InitializeResult result = client.server.initialize(init).get(60, TimeUnit.SECONDS);
        assertEquals("contentlint", result.getServerInfo().getName());
        client.server.initialized(new InitializedParams());
    }

    @AfterAll
    void stop() throws InterruptedException {
        client.close();
    }

    @Test
    @Order(1)
    void openingAPagePublishesItsFindingsAtTheRulesExactSpans() throws Exception {
        String text = Files.readString(PageEvents.file(ice));
        client.open(ice, text);
        PublishDiagnosticsParams published = client.await(ice, 0, p -> p.getVersion() == 1, QUICK);
        Diagnostic broken = only(published, "related-link-broken", CATALYST_URL);
        assertEquals(spanOf(text, "    url: " + CATALYST_URL, "    url: ".length(), CATALYST_URL.length()), broken.getRange());
        assertEquals(DiagnosticSeverity.Error, broken.getSeverity());
        assertEquals("contentlint", broken.getSource());
        assertEquals("https://github.com/contentlint/contentlint/blob/main/docs/rules/related-link-broken.md",
                broken.getCodeDescription().getHref());
    }

    @Test
    @Order(2)
    void aBurstOfChangesIsCheckedOnceAtItsLastVersion() throws Exception {
        String text = client.text(ice);
        int before = client.publishedCount();
        client.change(ice, text.replace("author: QuickTakes", "author: QuickTakes "));
        client.change(ice, text.replace("author: QuickTakes", "author: QuickTakes  "));
        int last = client.change(ice, text.replace("author: QuickTakes", "author: QuickTakes   "));
        PublishDiagnosticsParams published = client.await(ice, before, p -> p.getVersion() == last, QUICK);
        List<Integer> versions = client.publishedFor(ice).stream().map(PublishDiagnosticsParams::getVersion).toList();
        assertFalse(versions.contains(last - 1) || versions.contains(last - 2),
                "the versions replaced within the debounce delay were checked: " + versions);
        Diagnostic trailing = only(published, "trailing-whitespace", null);
        assertEquals(spanOf(client.text(ice), "author: QuickTakes   ", "author: QuickTakes".length(), 3), trailing.getRange());
    }

    @Test
    @Order(3)
    void aSafeFixIsAppliedThroughApplyEdit() throws Exception {
        int version = client.version(ice);
        Diagnostic trailing = only(client.await(ice, 0, p -> p.getVersion() == version, QUICK), "trailing-whitespace", null);
        List<CodeAction> actions = actions(ice, trailing.getRange(), List.of(trailing), null);
        CodeAction fix = actions.stream().filter(a -> a.getTitle().endsWith("(safe fix)")).findFirst().orElseThrow();
        assertEquals(List.of(trailing), fix.getDiagnostics());
        assertTrue(actions.stream().anyMatch(a -> a.getTitle().equals("Disable trailing-whitespace in this page")));
        int before = client.publishedCount();
        run(fix);
        assertTrue(client.text(ice).contains("author: QuickTakes\n"), client.text(ice));
        PublishDiagnosticsParams after = client.await(ice, before, p -> p.getVersion() == version + 1, QUICK);
        assertTrue(codes(after).stream().noneMatch("trailing-whitespace"::equals), codes(after).toString());
    }

    @Test
    @Order(4)
    void fixAllAppliesEverySafeFixAndDisableAddsTheComment() throws Exception {
        String text = client.text(ice);
        int version = client.change(ice, text.replace("author: QuickTakes", "author: QuickTakes  ")
                .replace("date_format: MMM DD, YYYY", "date_format: MMM DD, YYYY "));
        PublishDiagnosticsParams published = client.await(ice, 0, p -> p.getVersion() == version, QUICK);
        assertEquals(2, codes(published).stream().filter("trailing-whitespace"::equals).count());
        List<CodeAction> all = actions(ice, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                List.of(CodeActions.FIX_ALL));
        CodeAction fixAll = all.stream().filter(a -> CodeActions.FIX_ALL.equals(a.getKind())).findFirst().orElseThrow();
        run(fixAll);
        assertEquals(text, client.text(ice));

        PublishDiagnosticsParams fixed = client.await(ice, 0, p -> p.getVersion() == version + 1, QUICK);
        Diagnostic broken = only(fixed, "related-link-broken", "how-do-plants-drink-water");
        CodeAction disable = actions(ice, broken.getRange(), List.of(broken), null).stream()
                .filter(a -> a.getTitle().equals("Disable related-link-broken in this page")).findFirst().orElseThrow();
        run(disable);
        assertTrue(client.text(ice).startsWith("---\n# contentlint-disable related-link-broken\n_schema"), client.text(ice));
        PublishDiagnosticsParams disabled = client.await(ice, 0, p -> p.getVersion() == version + 2, QUICK);
        assertTrue(codes(disabled).stream().noneMatch("related-link-broken"::equals), codes(disabled).toString());
        client.change(ice, text); // back to the page as it was, for the steps that follow
    }

    @Test
    @Order(5)
    void aMisspellingGetsSuggestionsAndGoesToTheVocabulary() throws Exception {
        String text = client.text(ice).replace("but water is an exception.", "but water is an exeption.");
        int version = client.change(ice, text);
        PublishDiagnosticsParams published = client.await(ice, 0,
                p -> p.getVersion() == version && codes(p).contains("spelling"), PROSE);
        Diagnostic spelling = only(published, "spelling", null);
        assertEquals(spanOf(text, "exeption.", 0, "exeption".length()), spelling.getRange());
        List<CodeAction> actions = actions(ice, spelling.getRange(), List.of(spelling), null);
        assertTrue(actions.stream().anyMatch(a -> a.getTitle().equals("Replace with 'exception'")),
                actions.stream().map(CodeAction::getTitle).toList().toString());
        CodeAction add = actions.stream().filter(a -> a.getTitle().equals("Add 'exeption' to the vocabulary"))
                .findFirst().orElseThrow();
        int before = client.publishedCount();
        run(add);
        assertTrue(Files.readString(workspace.resolve("vocabulary.txt")).lines().anyMatch("exeption"::equals));
        PublishDiagnosticsParams accepted = client.await(ice, before,
                p -> p.getVersion() == version && !codes(p).contains("spelling"), PROSE);
        assertNotNull(accepted);
    }

    @Test
    @Order(6)
    void hoverShowsTheRulesDocumentation() throws Exception {
        PublishDiagnosticsParams published = client.publishedFor(ice).get(client.publishedFor(ice).size() - 1);
        Diagnostic broken = only(published, "related-link-broken", CATALYST_URL);
        Hover hover = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(ice),
                broken.getRange().getStart())).get(30, TimeUnit.SECONDS);
        String shown = hover.getContents().getRight().getValue();
        assertTrue(shown.startsWith("**related-link-broken** (error): "), shown);
        assertTrue(shown.contains("Default severity: error"), shown);
    }

    @Test
    @Order(7)
    void editingTheUrlOfALinkedPageUpdatesThePageThatLinksToIt() throws Exception {
        String text = Files.readString(PageEvents.file(catalyst));
        client.open(catalyst, text);
        client.await(catalyst, 0, p -> p.getVersion() == 1, QUICK);
        int before = client.publishedCount();
        client.change(catalyst, text.replace("url: /learn/chemistry/questions/how-does-a-catalyst-work", "url: " + CATALYST_URL));
        PublishDiagnosticsParams updated = client.await(ice, before,
                p -> p.getDiagnostics().stream().noneMatch(d -> d.getMessage().contains(CATALYST_URL)), QUICK);
        assertTrue(codes(updated).contains("related-link-broken"), "the other broken link is still reported");
    }

    @Test
    @Order(8)
    void aBrokenConfigurationIsShownOnItsFileAndAFixedOneReloads() throws Exception {
        Path file = workspace.resolve(".contentlint.yaml");
        String good = Files.readString(file);
        int before = client.publishedCount();
        Files.writeString(file, good + "rules:\n  no-such-rule: error\n");
        watched(config);
        PublishDiagnosticsParams broken = client.await(config, before, p -> !p.getDiagnostics().isEmpty(), QUICK);
        Diagnostic error = broken.getDiagnostics().get(0);
        assertTrue(error.getMessage().startsWith("configuration error: "), error.getMessage());
        assertEquals(new Position(4, 2), error.getRange().getStart(), "at the unknown rule");

        before = client.publishedCount();
        Files.writeString(file, good + "rules:\n  related-link-broken: off\n");
        watched(config);
        client.await(config, before, p -> p.getDiagnostics().isEmpty(), QUICK);
        PublishDiagnosticsParams reloaded = client.await(ice, before, p -> !codes(p).contains("related-link-broken"), QUICK);
        assertNotNull(reloaded);
    }

    @Test
    @Order(9)
    void aMarkdownFileTheGlobsLeaveOutGetsNoFindings() throws Exception {
        String readme = workspace.resolve("content/README.md").toUri().toString();
        client.open(readme, "No front matter here, and trailing spaces   \n");
        PublishDiagnosticsParams published = client.await(readme, 0, p -> p.getVersion() == 1, QUICK);
        assertEquals(List.of(), published.getDiagnostics());
    }

    @Test
    @Order(10)
    void shutdownThenExitEndsTheProcessCleanly() throws Exception {
        client.server.shutdown().get(30, TimeUnit.SECONDS);
        client.server.exit();
        assertTrue(client.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, client.process.exitValue());
    }

    private void watched(String uri) {
        client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri, FileChangeType.Changed))));
    }

    private List<CodeAction> actions(String uri, Range range, List<Diagnostic> diagnostics, List<String> only)
            throws Exception {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        return client.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                range, context)).get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }

    /** Runs the action's command on the server; the edit it sends back has been applied when this returns. */
    private void run(CodeAction action) throws Exception {
        client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(action.getCommand().getCommand(),
                action.getCommand().getArguments())).get(30, TimeUnit.SECONDS);
    }

    private static List<String> codes(PublishDiagnosticsParams published) {
        return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    /** The one diagnostic of the rule (whose message contains {@code text}, when given). */
    private static Diagnostic only(PublishDiagnosticsParams published, String rule, String text) {
        List<Diagnostic> found = published.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals(rule) && (text == null || d.getMessage().contains(text))).toList();
        assertEquals(1, found.size(), rule + " in " + published.getDiagnostics());
        return found.get(0);
    }

    /** The LSP range of {@code length} characters, {@code offset} into the one line of {@code text} that holds {@code line}. */
    private static Range spanOf(String text, String line, int offset, int length) {
        int at = text.indexOf(line);
        assertTrue(at >= 0 && text.indexOf(line, at + 1) < 0, "'" + line + "' is in the page once");
        int lineNumber = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - (text.lastIndexOf('\n', at - 1) + 1) + offset;
        return new Range(new Position(lineNumber, column), new Position(lineNumber, column + length));
    }
}
