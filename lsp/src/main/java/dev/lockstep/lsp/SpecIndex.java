package dev.lockstep.lsp;

import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every name a spec declares, with the region where each is visible: top-level declarations everywhere, a role's
 * variables and actions inside the role, parameters and received messages inside their action or definition. Built
 * from the syntax tree alone, so it works on a file the checker rejects (as long as it parses).
 */
final class SpecIndex {
    /** A declared name and where it can be referred to by its plain name ({@code null}: the whole file). */
    private record Scoped(Symbol symbol, Span visibleIn) {}

    private final List<Scoped> names = new ArrayList<>();
    private final List<Symbol> topLevel = new ArrayList<>();

    static SpecIndex of(Ast.Spec spec) {
        SpecIndex index = new SpecIndex();
        if (spec.name() != null) {
            index.add(new Symbol(spec.name().name(), Symbol.Kind.PROTOCOL, spec.name().span(), spec.span(),
                    "protocol " + spec.name().name(), null), null, false);
        }
        for (Ast.Decl d : spec.decls()) index.declaration(d);
        return index;
    }

    /** The top-level declarations in file order, each with its members (for the outline). */
    List<Symbol> topLevel() { return List.copyOf(topLevel); }

    /** The members of a top-level declaration (a role's variables and actions, a message's fields, enum labels). */
    List<Symbol> members(Symbol parent) {
        return names.stream().map(Scoped::symbol)
                .filter(s -> parent.text().equals(s.container()) && s.kind() != Symbol.Kind.PARAMETER
                        && parent.decl().start() <= s.decl().start() && s.decl().end() <= parent.decl().end())
                .toList();
    }

    /** Every name visible at {@code offset}, the innermost first. */
    List<Symbol> visibleAt(int offset) {
        return names.stream().filter(n -> n.visibleIn() == null || contains(n.visibleIn(), offset))
                .sorted(Comparator.comparingInt((Scoped n) -> n.visibleIn() == null ? Integer.MAX_VALUE
                        : n.visibleIn().end() - n.visibleIn().start()))
                .map(Scoped::symbol).toList();
    }

    /** The declaration {@code word}, written at {@code offset}, refers to: the innermost visible one. */
    Optional<Symbol> resolve(String word, int offset) {
        return visibleAt(offset).stream().filter(s -> s.text().equals(word)).findFirst();
    }

    private static boolean contains(Span span, int offset) { return span.start() <= offset && offset <= span.end(); }

    private void add(Symbol s, Span visibleIn, boolean top) {
        names.add(new Scoped(s, visibleIn));
        if (top) topLevel.add(s);
    }

    private void top(Ast.Decl d, Symbol.Kind kind, String detail) {
        add(new Symbol(d.name().name(), kind, d.name().span(), d.span(), detail, null), null, true);
    }

    private void declaration(Ast.Decl d) {
        switch (d) {
            case Ast.ConstDecl c -> top(d, Symbol.Kind.CONSTANT, "const " + c.name().name() + ": " + text(c.type()));
            case Ast.EnumDecl e -> {
                top(d, Symbol.Kind.ENUM, firstLine(e.span()));
                for (Ast.Ident label : e.labels()) {
                    add(new Symbol(label.name(), Symbol.Kind.LABEL, label.span(), label.span(),
                            "label of enum " + e.name().name(), e.name().name()), null, false);
                }
            }
            case Ast.MessageDecl m -> {
                top(d, Symbol.Kind.MESSAGE, firstLine(m.span()));
                for (Ast.FieldDecl f : m.fields()) {
                    add(new Symbol(f.name().name(), Symbol.Kind.FIELD, f.name().span(), f.name().span().to(f.type().span()),
                            "field " + f.name().name() + ": " + text(f.type()) + " of message " + m.name().name(),
                            m.name().name()), m.span(), false);
                }
            }
            case Ast.NetworkDecl n -> top(d, Symbol.Kind.NETWORK, firstLine(n.span()));
            case Ast.RoleDecl r -> role(r);
            case Ast.DefDecl def -> {
                top(d, Symbol.Kind.DEFINITION, firstLine(def.span()));
                for (Ast.ParamDecl p : def.params()) {
                    add(new Symbol(p.name().name(), Symbol.Kind.PARAMETER, p.name().span(), p.name().span(),
                            "parameter " + p.name().name() + (p.type() == null ? "" : ": " + text(p.type()))
                                    + " of " + def.name().name(), def.name().name()), def.span(), false);
                }
            }
            case Ast.InvariantDecl i -> top(d, Symbol.Kind.INVARIANT, firstLine(i.span()));
            case Ast.PropertyDecl p -> top(d, Symbol.Kind.PROPERTY, firstLine(p.span()));
            case Ast.InitDecl i -> top(d, Symbol.Kind.INIT, firstLine(i.span()));
            case Ast.FairGroupDecl f -> top(d, Symbol.Kind.FAIRNESS, firstLine(f.span()));
            case Ast.InstanceDecl i -> top(d, Symbol.Kind.INSTANCE, firstLine(i.span()));
            case Ast.ModelDecl m -> top(d, Symbol.Kind.MODEL, firstLine(m.span()));
        }
    }

    private void role(Ast.RoleDecl r) {
        String role = r.name().name();
        top(r, Symbol.Kind.ROLE, firstLine(r.span()));
        for (Ast.VarDecl v : r.vars()) {
            String qualifiers = (v.durable() ? "durable " : "") + (v.ghost() ? "ghost " : "");
            add(new Symbol(v.name().name(), Symbol.Kind.VARIABLE, v.name().span(), v.span(),
                    qualifiers + "var " + v.name().name() + ": " + text(v.type()) + " of role " + role, role),
                    r.span(), false);
        }
        for (Ast.ActionDecl a : r.actions()) {
            add(new Symbol(a.name().name(), Symbol.Kind.ACTION, a.name().span(), a.span(), firstLine(a.span()), role),
                    r.span(), false);
            for (Ast.ActionParam p : a.params()) {
                add(new Symbol(p.name().name(), Symbol.Kind.PARAMETER, p.name().span(), p.name().span(),
                        "parameter " + p.name().name() + " \\in " + text(p.domain()) + " of action " + a.name().name(),
                        role), a.span(), false);
            }
            switch (a.trigger()) {
                case Ast.OnReceive on -> add(new Symbol(on.messageVar().name(), Symbol.Kind.PARAMETER,
                        on.messageVar().span(), on.messageVar().span(),
                        "received message " + on.messageVar().name() + ": " + on.messageType().name(), role),
                        a.span(), false);
                case Ast.OnReceiveAll all -> add(new Symbol(all.setVar().name(), Symbol.Kind.PARAMETER,
                        all.setVar().span(), all.setVar().span(),
                        "received set " + all.setVar().name() + " of " + all.messageType().name() + " messages", role),
                        a.span(), false);
                case Ast.Auto x -> { }
                case Ast.Timer x -> { }
                case Ast.Input x -> { }
                case Ast.Exchange x -> { } // its peer is the action's first parameter, indexed above
            }
        }
    }

    private static String text(Ast.TypeExpr t) { return t == null ? "?" : t.span().text(); }

    private static String text(Ast.Expr e) { return e == null ? "?" : e.span().text(); }


    /** The first line of a declaration, shortened: enough to recognise it in a hover or an outline. */
    static String firstLine(Span s) {
        String text = s.text().strip();
        int nl = text.indexOf('\n');
        if (nl >= 0) text = text.substring(0, nl).strip();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
