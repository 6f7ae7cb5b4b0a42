package dev.lockstep.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code lockstep lsp}: a Language Server for {@code .lstep} files over standard input and output. */
public final class LockstepLanguageServer implements LanguageServer, LanguageClientAware {
    private volatile LanguageClient client;
    private final SpecTextDocuments documents = new SpecTextDocuments(() -> client);
    private volatile boolean shutdown;
    private final CompletableFuture<Void> exited = new CompletableFuture<>();

    /** Serves on {@code in}/{@code out} until the client exits or closes the stream; the exit code LSP asks for. */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        LockstepLanguageServer server = new LockstepLanguageServer();
        var launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        java.util.concurrent.Future<Void> listening = launcher.startListening();
        // Ends on the client's exit notification, or when the client closes the stream without one.
        while (!listening.isDone() && !server.exited.isDone()) {
            try {
                server.exited.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
                // keep waiting
            }
        }
        // LSP: exit code 0 if shutdown was requested before exit, 1 otherwise.
        return server.shutdown ? 0 : 1;
    }

    @Override
    public void connect(LanguageClient client) { this.client = client; }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, java.util.List.of(".")));
        String version = LockstepLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(caps,
                new ServerInfo("lockstep", version == null ? "dev" : version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() { exited.complete(null); }

    @Override
    public TextDocumentService getTextDocumentService() { return documents; }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {}

            @Override
            public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {}
        };
    }
}
