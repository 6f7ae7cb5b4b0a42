package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the server as an editor would, over LSP's JSON-RPC on a pair of pipes. */
class LanguageServerTest {
    private static final String URI = Path.of("../specs/two-phase-commit.lstep").toAbsolutePath().normalize().toUri()
            .toString();

    private final LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private CompletableFuture<Integer> serving;

    @BeforeEach
    void start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        serving = CompletableFuture.supplyAsync(() -> {
            try {
                return LockstepLanguageServer.serve(serverIn, serverOut);
            } catch (InterruptedException e) {
                return -1;
            }
        });
        var launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        var init = server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        assertTrue(init.getCapabilities().getHoverProvider().getLeft());
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, serving.get(10, TimeUnit.SECONDS));
    }

    private String spec() throws Exception { return Files.readString(Path.of("../specs/two-phase-commit.lstep")); }

    private void open(String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "lstep", 1, text)));
    }

    private PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = published.poll(30, TimeUnit.SECONDS);
        assertTrue(p != null, "no diagnostics published");
        return p;
    }

    /** The LSP position {@code delta} characters after the first occurrence of {@code anchor} in {@code text}. */
    private static Position at(String text, String anchor, int delta) {
        int i = text.indexOf(anchor);
        assertTrue(i >= 0, anchor);
        i += delta;
        String before = text.substring(0, i);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, i - (before.lastIndexOf('\n') + 1));
    }

    @Test
    void diagnosticsAsYouTypeCarryLintsCodesAndSpans() throws Exception {
        String text = spec();
        open(text);
        assertEquals(List.of(), nextDiagnostics().getDiagnostics(), "the library spec is clean");
        // Type a reference to an undeclared name into the first invariant: LS201 at that word, as lint reports it.
        String broken = text.replaceFirst("(invariant \\w+ ==)", "$1 Undeclared /\\\\");
        var change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent(broken)));
        server.getTextDocumentService().didChange(change);
        var diags = nextDiagnostics().getDiagnostics();
        assertEquals(1, diags.size(), diags.toString());
        assertEquals("LS201", diags.get(0).getCode().getLeft());
        assertEquals(at(broken, "Undeclared", 0), diags.get(0).getRange().getStart());
        // Fixing it clears the diagnostics.
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, 3), List.of(new TextDocumentContentChangeEvent(text))));
        assertEquals(List.of(), nextDiagnostics().getDiagnostics());
    }

    @Test
    void hoverShowsADeclarationWithItsTypeAndDefinitionJumpsToIt() throws Exception {
        String text = spec();
        open(text);
        nextDiagnostics();
        // A use of the TM's variable `prepared` (the enum label of the same name is hidden inside the TM).
        Position use = at(text, "do prepared' = prepared", "do prepared' = ".length() + 2);
        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI), use))
                .get(10, TimeUnit.SECONDS);
        String shown = hover.getContents().getRight().getValue();
        assertTrue(shown.contains("var prepared: set<node> of role TM"), shown);
        assertTrue(shown.contains("variable in TM"), shown);
        List<? extends Location> def = server.getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(URI), use)).get(10, TimeUnit.SECONDS)
                .getLeft();
        assertEquals(1, def.size());
        assertEquals(at(text, "var prepared", 4), def.get(0).getRange().getStart());
        // The same word in the resource manager is the enum label.
        Position label = at(text, "do state' = prepared", "do state' = ".length());
        String labelShown = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI),
                label)).get(10, TimeUnit.SECONDS).getContents().getRight().getValue();
        assertTrue(labelShown.contains("label of enum RMState"), labelShown);
    }

    @Test
    void completionOffersVisibleNamesAndKeywordsByPrefix() throws Exception {
        String text = spec();
        open(text);
        nextDiagnostics();
        Position afterTm = at(text, "do prepared' = prepared", "do prepared' = prep".length());
        List<CompletionItem> items = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(URI), afterTm)).get(10, TimeUnit.SECONDS)
                .getLeft();
        List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
        assertEquals(List.of("prepared"), labels, "the variable once (the label of the same name is hidden), no "
                + "keyword starts with prep");
        Position start = at(text, "    when state = init /\\ prepared", 4);
        List<String> atWhen = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(URI), start)).get(10, TimeUnit.SECONDS)
                .getLeft().stream().map(CompletionItem::getLabel).toList();
        assertTrue(atWhen.containsAll(List.of("when", "state", "Consistent", "RM", "protocol")), atWhen.toString());
        assertTrue(!atWhen.contains("Prepare"), "an action of another role is not visible: " + atWhen);
    }

    @Test
    void documentSymbolsOutlineRolesWithTheirVariablesAndActions() throws Exception {
        open(spec());
        nextDiagnostics();
        var symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))).get(10, TimeUnit.SECONDS);
        List<DocumentSymbol> top = symbols.stream().map(e -> e.getRight()).toList();
        DocumentSymbol tm = top.stream().filter(s -> s.getName().equals("TM")).findFirst().orElseThrow();
        List<String> members = tm.getChildren().stream().map(DocumentSymbol::getName).toList();
        assertEquals(List.of("state", "prepared", "ReceivePrepared", "Commit", "Abort"), members);
        assertTrue(top.stream().anyMatch(s -> s.getName().equals("Consistent")), top.toString());
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) { published.add(diagnostics); }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
