package dev.lockstep.lang.syntax;

import dev.lockstep.lang.syntax.Ast.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Walks syntax trees without recursion, so that any tree the parser built can be walked. */
public final class AstWalk {
    private AstWalk() {}

    /** Calls {@code visit} on {@code root} and every expression inside it. */
    public static void forEach(Expr root, Consumer<Expr> visit) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        List<Expr> children = new ArrayList<>();
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            visit.accept(e);
            children.clear();
            children(e, children);
            for (Expr c : children) if (c != null) pending.push(c);
        }
    }

    /** Adds the direct sub-expressions of {@code e} to {@code out} (some may be null, as an absent OTHER arm). */
    public static void children(Expr e, List<Expr> out) {
        switch (e) {
            case Ast.Name n -> { }
            case Ast.IntLit i -> { }
            case Ast.StrLit s -> { }
            case Ast.BoolLit b -> { }
            case Ast.SelfExpr s -> { }
            case Ast.AtExpr a -> { }
            case Ast.Unary u -> out.add(u.operand());
            case Ast.Primed p -> out.add(p.operand());
            case Ast.Binary b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case Ast.Quant q -> {
                bounds(q.bounds(), out);
                out.add(q.body());
            }
            case Ast.Choose c -> {
                out.add(c.domain());
                out.add(c.body());
            }
            case Ast.SetLit s -> out.addAll(s.elements());
            case Ast.SetFilter f -> {
                out.add(f.domain());
                out.add(f.predicate());
            }
            case Ast.SetMap m -> {
                out.add(m.body());
                bounds(m.bounds(), out);
            }
            case Ast.FnCtor f -> {
                bounds(f.bounds(), out);
                out.add(f.body());
            }
            case Ast.RecordCtor r -> fields(r.fields(), out);
            case Ast.MsgCtor m -> fields(m.fields(), out);
            case Ast.TupleLit t -> out.addAll(t.elements());
            case Ast.Apply a -> {
                out.add(a.function());
                out.addAll(a.args());
            }
            case Ast.Call c -> out.addAll(c.args());
            case Ast.Field f -> out.add(f.target());
            case Ast.Except x -> {
                out.add(x.base());
                for (Ast.Update u : x.updates()) {
                    for (Ast.PathStep step : u.path()) out.add(step.index());
                    out.add(u.value());
                }
            }
            case Ast.If i -> {
                out.add(i.cond());
                out.add(i.then());
                out.add(i.otherwise());
            }
            case Ast.Case c -> {
                for (Ast.CaseArm arm : c.arms()) {
                    out.add(arm.guard());
                    out.add(arm.value());
                }
                out.add(c.other());
            }
            case Ast.Let l -> {
                for (Ast.LetDef d : l.defs()) out.add(d.value());
                out.add(l.body());
            }
        }
    }

    private static void bounds(List<Ast.Bound> bounds, List<Expr> out) {
        for (Ast.Bound b : bounds) out.add(b.domain());
    }

    private static void fields(List<Ast.FieldInit> fields, List<Expr> out) {
        for (Ast.FieldInit f : fields) out.add(f.value());
    }

}
