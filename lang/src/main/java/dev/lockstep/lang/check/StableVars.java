package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.instance.AstRenamer;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.UnaryOp;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code stable} variables (docs/language.md, "Stable variables"), as transition properties that every model checks:
 * {@code stable var x: T = e} in role {@code R} becomes
 * <pre>  property Stable_R_x == [](\A n \in Nodes : R[n].x /= e[self := n] => R[n].x' = R[n].x)</pre>
 * and {@code stable(<=)} (likewise {@code >=}, {@code \subseteq}) puts {@code R[n].x <= R[n].x'} after the arrow.
 * So the explorer, TLC (as {@code [][P]_vars}) and every later backend check it with the meaning transition
 * properties already have: every step, crashes included (a crash that resets a stable volatile variable breaks it).
 */
final class StableVars {
    private StableVars() {}

    /** The spec with one property per stable variable appended, and those properties' names. */
    record Desugared(Ast.Spec spec, List<String> properties) {}

    static Desugared desugar(Ast.Spec spec, Diagnostics diags) {
        Set<String> taken = new HashSet<>();
        for (Ast.Decl d : spec.decls()) taken.add(d.name().name());
        List<Ast.Decl> decls = new ArrayList<>(spec.decls());
        List<String> names = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.RoleDecl role)) continue;
            for (Ast.VarDecl v : role.vars()) {
                if (v.stable() == null) continue;
                if (v.initFromSet()) {
                    diags.error(Code.STABLE_INIT_FROM_SET, v.stable().span(), "stable variable " + v.name().name()
                            + " starts from a set of values, so 'its initial value' is not one value",
                            "give it one initial value: stable var " + v.name().name() + ": ... = e");
                    continue;
                }
                String name = "Stable_" + role.name().name() + "_" + v.name().name();
                for (int i = 2; taken.contains(name); i++) name = "Stable_" + role.name().name() + "_" + v.name().name() + i;
                taken.add(name);
                names.add(name);
                decls.add(new Ast.PropertyDecl(new Ast.Ident(name, v.name().span()), body(role, v), v.span()));
            }
        }
        return new Desugared(new Ast.Spec(spec.name(), decls, spec.span()), names);
    }

    private static Ast.Expr body(Ast.RoleDecl role, Ast.VarDecl v) {
        Span at = v.stable().span();
        String n = "stableNode";
        Ast.Name node = new Ast.Name(n, at);
        Ast.Expr now = new Ast.Field(new Ast.Apply(new Ast.Name(role.name().name(), at), List.of(node), at),
                new Ast.Ident(v.name().name(), at), at);
        Ast.Expr next = new Ast.Primed(now, at);
        // The initial value as node n computes it: self is n there.
        Ast.Expr initial = new AstRenamer(new AstRenamer.Renaming() {
            public Ast.Expr name(Ast.Name name) { return name; }

            public String callee(String name) { return name; }

            public String message(String name) { return name; }

            @Override
            public Ast.Expr self(Ast.SelfExpr self) { return node; }
        }).expr(v.init());
        BinaryOp order = v.stable().order();
        Ast.Expr kept = order == null ? new Ast.Binary(BinaryOp.EQ, next, now, at) : new Ast.Binary(order, now, next, at);
        Ast.Expr left = new Ast.Binary(BinaryOp.NEQ, now, initial, at);
        Ast.Expr each = new Ast.Binary(BinaryOp.IMPLIES, left, kept, at);
        Ast.Expr all = new Ast.Quant(true, List.of(new Ast.Bound(List.of(new Ast.Ident(n, at)), role.nodes())), each, at);
        return new Ast.Unary(UnaryOp.ALWAYS, all, at);
    }
}
