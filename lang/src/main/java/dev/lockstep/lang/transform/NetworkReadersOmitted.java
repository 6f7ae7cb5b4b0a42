package dev.lockstep.lang.transform;

import dev.lockstep.lang.ir.NetworkQuery;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.syntax.AstWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out of a transformed spec the invariants, properties and definitions that read the network (directly or
 * through a definition), with the comment lines right above them, and takes them off the models' {@code check}
 * lists: on a lossy network a message they speak of may be lost, so they would no longer mean what they said. Also
 * leaves out the models the engineer did not ask to keep (a transformed state space is much larger).
 */
final class NetworkReadersOmitted {
    private final SourceFile source;
    private final Ast.Spec ast;
    private final TextEdits edits;
    /** The models to keep, or null for all. */
    private final Set<String> models;

    NetworkReadersOmitted(SourceFile source, Ast.Spec ast, TextEdits edits, Set<String> models) {
        this.source = source;
        this.ast = ast;
        this.edits = edits;
        this.models = models;
    }

    void run() {
        Set<String> omitted = readers();
        for (Ast.Decl d : ast.decls()) {
            switch (d) {
                case Ast.InvariantDecl i when omitted.contains(i.name().name()) -> omit("invariant", i.name().name(), i.span());
                case Ast.PropertyDecl p when omitted.contains(p.name().name()) -> omit("property", p.name().name(), p.span());
                case Ast.DefDecl f when omitted.contains(f.name().name()) -> omit("def", f.name().name(), f.span());
                case Ast.ModelDecl m when models != null && !models.contains(m.name().name()) ->
                        edits.replace(declarationStart(m.span()), lineEnd(m.span().end()), "");
                case Ast.ModelDecl m -> checks(m, omitted);
                default -> { }
            }
        }
    }

    /** The names of the invariants, properties and definitions that read the network, directly or not. */
    private Set<String> readers() {
        Map<String, Ast.Expr> bodies = new LinkedHashMap<>();
        for (Ast.Decl d : ast.decls()) {
            switch (d) {
                case Ast.InvariantDecl i -> bodies.put(i.name().name(), i.body());
                case Ast.PropertyDecl p -> bodies.put(p.name().name(), p.body());
                case Ast.DefDecl f -> bodies.put(f.name().name(), f.body());
                default -> { }
            }
        }
        Map<String, Set<String>> calls = new HashMap<>();
        Set<String> readers = new LinkedHashSet<>();
        bodies.forEach((name, body) -> {
            Set<String> called = new LinkedHashSet<>();
            AstWalk.forEach(body, e -> {
                if (e instanceof Ast.Call c) {
                    String n = c.name().name();
                    if (n.equals("Msgs") || NetworkQuery.byName(n) != null) readers.add(name);
                    called.add(n);
                }
                if (e instanceof Ast.Name n) called.add(n.name());
            });
            calls.put(name, called);
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : calls.entrySet()) {
                if (!readers.contains(e.getKey()) && e.getValue().stream().anyMatch(readers::contains)) {
                    grew |= readers.add(e.getKey());
                }
            }
        }
        return readers;
    }

    /** The start of the line of {@code span}, or of the comment lines right above it: they describe it. */
    private int declarationStart(Span span) {
        String text = source.text();
        int start = text.lastIndexOf('\n', span.start() - 1) + 1;
        while (start > 0) {
            int prev = text.lastIndexOf('\n', start - 2) + 1;
            if (!text.substring(prev, start).strip().startsWith("\\*")) break;
            start = prev;
        }
        return start;
    }

    /** Just past the end of the line where {@code offset} is (its newline included). */
    private int lineEnd(int offset) {
        int nl = source.text().indexOf('\n', offset);
        return nl < 0 ? source.text().length() : nl + 1;
    }

    private void omit(String kind, String name, Span span) {
        edits.replace(declarationStart(span), span.end(), "\\* " + kind + " " + name + " left out by the transform: it reads the network,"
                + " whose messages may now be lost.");
    }

    /** Rewrites each {@code check} clause of {@code model} that names an omitted declaration. */
    private void checks(Ast.ModelDecl model, Set<String> omitted) {
        String text = source.text();
        Map<Integer, List<Ast.Ident>> clauses = new LinkedHashMap<>();
        for (Ast.Ident id : model.checks()) {
            int keyword = text.lastIndexOf("check", id.span().start());
            clauses.computeIfAbsent(keyword, k -> new ArrayList<>()).add(id);
        }
        clauses.forEach((keyword, ids) -> {
            if (ids.stream().noneMatch(id -> omitted.contains(id.name()))) return;
            List<String> kept = ids.stream().map(Ast.Ident::name).filter(n -> !omitted.contains(n)).toList();
            edits.replace(keyword, ids.getLast().span().end(), kept.isEmpty() ? "" : "check " + String.join(", ", kept));
        });
    }
}
