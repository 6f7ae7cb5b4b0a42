package dev.lockstep.lsp;

import dev.lockstep.lang.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open specs: each change recompiles the whole buffer (specs are small: the library's largest compiles in
 * milliseconds) and publishes its diagnostics, with the same codes, messages and spans as {@code lockstep lint}.
 */
final class SpecTextDocuments implements TextDocumentService {
    private final Map<String, SpecDocument> open = new ConcurrentHashMap<>();
    private final Supplier<LanguageClient> client;

    SpecTextDocuments(Supplier<LanguageClient> client) { this.client = client; }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        update(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        // Full synchronisation (announced in the server's capabilities): the last change holds the whole text.
        var changes = params.getContentChanges();
        if (!changes.isEmpty()) update(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        LanguageClient c = client.get();
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {}

    private void update(String uri, String text) {
        SpecDocument doc = new SpecDocument(uri, text);
        open.put(uri, doc);
        LanguageClient c = client.get();
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, toLsp(doc)));
    }

    private static List<org.eclipse.lsp4j.Diagnostic> toLsp(SpecDocument doc) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics) {
            // A diagnostic about another file (an instantiated spec) is shown at the top of this one.
            boolean here = d.span().file() == doc.source;
            String message = d.message() + (d.notes().isEmpty() ? "" : "\n" + String.join("\n", d.notes()))
                    + (here ? "" : "\n(in " + d.span().location() + ")");
            var lsp = new org.eclipse.lsp4j.Diagnostic(here ? doc.range(d.span()) : doc.range(doc.source.span(0, 0)),
                    message, d.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "lockstep",
                    d.code().id());
            out.add(lsp);
        }
        return out;
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.completedFuture(symbolAt(params.getTextDocument().getUri(), params.getPosition())
                .map(s -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, describe(s)))).orElse(null));
    }

    static String describe(Symbol s) {
        return "```lstep\n" + s.detail() + "\n```\n" + s.kindWord()
                + (s.container() == null ? "" : " in " + s.container()) + ", declared at line " + s.name().line();
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        List<Location> found = symbolAt(uri, params.getPosition())
                .map(s -> List.of(new Location(uri, open.get(uri).range(s.name())))).orElse(List.of());
        return CompletableFuture.completedFuture(Either.forLeft(found));
    }

    private Optional<Symbol> symbolAt(String uri, org.eclipse.lsp4j.Position position) {
        SpecDocument doc = open.get(uri);
        if (doc == null) return Optional.empty();
        int offset = doc.offset(position);
        return doc.wordAt(offset).flatMap(w -> doc.index.resolve(w.text(), offset));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        SpecDocument doc = open.get(params.getTextDocument().getUri());
        List<CompletionItem> items = new ArrayList<>();
        if (doc != null) {
            int offset = doc.offset(params.getPosition());
            String prefix = doc.prefixAt(offset);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Symbol s : doc.index.visibleAt(offset)) {
                if (s.text().startsWith(prefix) && seen.add(s.text())) {
                    CompletionItem item = new CompletionItem(s.text());
                    item.setKind(completionKind(s.kind()));
                    item.setDetail(s.detail());
                    items.add(item);
                }
            }
            for (String k : Keywords.all()) {
                if (k.startsWith(prefix) && seen.add(k)) {
                    CompletionItem item = new CompletionItem(k);
                    item.setKind(CompletionItemKind.Keyword);
                    items.add(item);
                }
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        SpecDocument doc = open.get(params.getTextDocument().getUri());
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        if (doc != null) {
            for (Symbol s : doc.index.topLevel()) {
                DocumentSymbol ds = documentSymbol(doc, s);
                List<DocumentSymbol> children = doc.index.members(s).stream().map(m -> documentSymbol(doc, m)).toList();
                if (!children.isEmpty()) ds.setChildren(children);
                out.add(Either.forRight(ds));
            }
        }
        return CompletableFuture.completedFuture(out);
    }

    private static DocumentSymbol documentSymbol(SpecDocument doc, Symbol s) {
        return new DocumentSymbol(s.text(), symbolKind(s.kind()), doc.range(s.decl().to(s.name())),
                doc.range(s.name()), s.detail());
    }

    private static SymbolKind symbolKind(Symbol.Kind k) {
        return switch (k) {
            case PROTOCOL -> SymbolKind.Module;
            case CONSTANT -> SymbolKind.Constant;
            case ENUM -> SymbolKind.Enum;
            case LABEL -> SymbolKind.EnumMember;
            case MESSAGE -> SymbolKind.Struct;
            case FIELD -> SymbolKind.Field;
            case NETWORK, MODEL, INSTANCE -> SymbolKind.Namespace;
            case ROLE -> SymbolKind.Class;
            case VARIABLE -> SymbolKind.Variable;
            case ACTION -> SymbolKind.Method;
            case PARAMETER -> SymbolKind.TypeParameter;
            case DEFINITION -> SymbolKind.Function;
            case INVARIANT, PROPERTY, INIT, FAIRNESS -> SymbolKind.Boolean;
        };
    }

    private static CompletionItemKind completionKind(Symbol.Kind k) {
        return switch (k) {
            case PROTOCOL, NETWORK, MODEL, INSTANCE -> CompletionItemKind.Module;
            case CONSTANT -> CompletionItemKind.Constant;
            case ENUM -> CompletionItemKind.Enum;
            case LABEL -> CompletionItemKind.EnumMember;
            case MESSAGE -> CompletionItemKind.Struct;
            case FIELD -> CompletionItemKind.Field;
            case ROLE -> CompletionItemKind.Class;
            case VARIABLE, PARAMETER -> CompletionItemKind.Variable;
            case ACTION -> CompletionItemKind.Method;
            case DEFINITION, INVARIANT, PROPERTY, INIT, FAIRNESS -> CompletionItemKind.Function;
        };
    }
}
