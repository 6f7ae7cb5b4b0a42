package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.syntax.Ast.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The limit on how deeply expressions (and types) may nest. Every stage after the parser — checker, evaluator,
 * TLA+ printer, SMT lowering, Java generator — walks expressions recursively; the limit keeps all of them within a
 * default thread stack. Flat lists do not count against it: long runs of an associative operator are balanced by
 * the parser ({@link FlatLists}), and comma lists are lists.
 */
public final class Nesting {
    /** Levels of sub-expressions (or of type arguments) one expression may have, counting itself. */
    public static final int LIMIT = 300;

    /**
     * How deeply the parser itself may recurse (sub-expressions and operands entered). A parenthesised operand of a
     * binary operator costs two of these levels but one level of tree, so such nesting is limited at about half of
     * {@link #LIMIT}; the parser's frames are the largest, and this keeps them well within half a default stack.
     */
    static final int PARSER_LIMIT = LIMIT;

    private Nesting() {}

    static String message() {
        return "expression nested too deeply (the limit is " + LIMIT + " levels)";
    }

    static String hint() {
        return "name inner parts with 'def'; a flat list such as  a \\/ b \\/ c  or  x + y + z  needs no nesting";
    }

    /**
     * Reports every expression of the spec whose tree is deeper than {@link #LIMIT}, at the sub-expression where the
     * limit is reached. The parser bounds its own recursion, but postfix chains ({@code f[a][b]...}, {@code r.a.b...})
     * and non-associative runs ({@code a - b - c ...}) are built by loops, so their depth is measured here, without
     * recursion. Returns whether any was found.
     */
    static boolean check(Ast.Spec spec, Diagnostics diags) {
        boolean found = false;
        for (Expr root : roots(spec)) {
            if (root != null && tooDeep(root, diags)) found = true;
        }
        return found;
    }

    private record Entry(Expr expr, Expr parent, int depth) {}

    private static boolean tooDeep(Expr root, Diagnostics diags) {
        Deque<Entry> stack = new ArrayDeque<>();
        stack.push(new Entry(root, root, 1));
        List<Expr> children = new ArrayList<>();
        while (!stack.isEmpty()) {
            Entry e = stack.pop();
            if (e.depth() > LIMIT) {
                // The node at the limit, whose span covers everything nested beyond it.
                diags.error(Code.NESTED_TOO_DEEPLY, e.parent().span(), message(), hint());
                return true;
            }
            children.clear();
            AstWalk.children(e.expr(), children);
            for (Expr c : children) {
                if (c != null) stack.push(new Entry(c, e.expr(), e.depth() + 1));
            }
        }
        return false;
    }

    /** Every top-level expression of the spec (some may be null where the syntax leaves them out). */
    private static void statementRoots(List<Ast.Stmt> body, List<Expr> roots) {
        for (Ast.Stmt s : body) {
            switch (s) {
                case Ast.Assign asg -> roots.add(asg.value());
                case Ast.PeerAssign asg -> roots.add(asg.value());
                case Ast.Send send -> {
                    for (Ast.FieldInit f : send.fields()) roots.add(f.value());
                    roots.add(send.to());
                }
                case Ast.Skip skip -> { }
                case Ast.TimerControl timer -> { }
            }
        }
    }

    private static List<Expr> roots(Ast.Spec spec) {
        List<Expr> roots = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            switch (d) {
                case Ast.ConstDecl c -> { }
                case Ast.EnumDecl e -> { }
                case Ast.MessageDecl m -> { }
                case Ast.NetworkDecl n -> { }
                case Ast.RoleDecl r -> {
                    roots.add(r.nodes());
                    for (Ast.VarDecl v : r.vars()) roots.add(v.init());
                    for (Ast.ActionDecl a : r.actions()) {
                        for (Ast.ActionParam p : a.params()) roots.add(p.domain());
                        if (a.trigger() instanceof Ast.OnReceiveAll all) {
                            roots.add(all.from());
                            roots.add(all.filter());
                        }
                        if (a.trigger() instanceof Ast.Exchange x) {
                            roots.add(x.weight());
                            roots.add(x.rate());
                        }
                        roots.add(a.guard());
                        statementRoots(a.body(), roots);
                    }
                    if (r.restart() != null) statementRoots(r.restart().body(), roots);
                }
                case Ast.DefDecl def -> roots.add(def.body());
                case Ast.InvariantDecl i -> roots.add(i.body());
                case Ast.PropertyDecl p -> roots.add(p.body());
                case Ast.InitDecl i -> roots.add(i.body());
                case Ast.FairGroupDecl g -> { }
                case Ast.ModelDecl m -> {
                    for (Ast.Binding b : m.bindings()) roots.add(b.value());
                    roots.add(m.constraint());
                }
                case Ast.InstanceDecl i -> {
                    for (Ast.Binding b : i.with()) roots.add(b.value());
                }
            }
        }
        return roots;
    }
}
