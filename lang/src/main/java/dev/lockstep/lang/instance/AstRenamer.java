package dev.lockstep.lang.instance;

import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies syntax trees with top-level names replaced, as {@link Renaming} says. Names bound inside the tree
 * (quantifier, CHOOSE, filter, LET, action parameters, received messages, role variables) are never replaced
 * where they are in scope, so a bound {@code n} is not taken for a constant {@code n}.
 */
public final class AstRenamer {

    /** What to replace. Each method receives a name that is free at that place. */
    public interface Renaming {
        /** The expression standing for a free name (the name itself when it stays). */
        Ast.Expr name(Ast.Name name);

        /** A definition's new name in a call. */
        String callee(String name);

        /** A message type's new name (in a type, a send, a trigger or a constructor). */
        String message(String name);

        /** A call whose arguments are already renamed; by default its callee is renamed by {@link #callee}. */
        default Ast.Expr call(Ast.Call original, List<Ast.Expr> args) {
            return new Ast.Call(new Ast.Ident(callee(original.name().name()), original.name().span()), args,
                    original.span());
        }

        /** What {@code self} becomes (by default it stays). */
        default Ast.Expr self(Ast.SelfExpr self) {
            return self;
        }

        /** {@code target.field} where {@code target} is already renamed; by default it stays a selection. */
        default Ast.Expr field(Ast.Field original, Ast.Expr target) {
            return new Ast.Field(target, original.field(), original.span());
        }
    }

    private final Renaming renaming;

    public AstRenamer(Renaming renaming) {
        this.renaming = renaming;
    }

    public Ast.Expr expr(Ast.Expr e) {
        return expr(e, Set.of());
    }

    Ast.RoleDecl role(Ast.RoleDecl r, Ast.Ident newName, List<Ast.VarDecl> vars) {
        Set<String> locals = new HashSet<>();
        for (Ast.VarDecl v : vars) locals.add(v.name().name());
        List<Ast.ActionDecl> actions = new ArrayList<>();
        for (Ast.ActionDecl a : r.actions()) actions.add(action(a, locals));
        List<Ast.VarDecl> renamedVars = new ArrayList<>();
        for (Ast.VarDecl v : vars) {
            renamedVars.add(new Ast.VarDecl(v.name(), type(v.type()), v.initFromSet(), expr(v.init(), Set.of()),
                    v.durable(), v.ghost(), v.stable(), v.span()));
        }
        Ast.RestartDecl restart = null;
        if (r.restart() != null) {
            List<Ast.Stmt> body = new ArrayList<>();
            for (Ast.Stmt s : r.restart().body()) body.add(stmt(s, new HashSet<>(locals)));
            restart = new Ast.RestartDecl(body, r.restart().span());
        }
        return new Ast.RoleDecl(newName, expr(r.nodes(), Set.of()), r.crashes(), renamedVars, actions, restart,
                r.span());
    }

    Ast.TypeExpr type(Ast.TypeExpr t) {
        return switch (t) {
            case Ast.NamedType n -> new Ast.NamedType(ident(n.name(), renaming.message(n.name().name())), n.span());
            case Ast.SetType s -> new Ast.SetType(type(s.element()), s.span());
            case Ast.SeqType s -> new Ast.SeqType(type(s.element()), s.span());
            case Ast.MapType m -> new Ast.MapType(type(m.key()), type(m.value()), m.span());
            case Ast.RecordType r -> new Ast.RecordType(fieldDecls(r.fields()), r.span());
            case Ast.TupleType tt -> new Ast.TupleType(tt.elements().stream().map(this::type).toList(), tt.span());
            case Ast.InlineEnum e -> e;
        };
    }

    List<Ast.FieldDecl> fieldDecls(List<Ast.FieldDecl> fields) {
        return fields.stream().map(f -> new Ast.FieldDecl(f.name(), type(f.type()))).toList();
    }

    private Ast.ActionDecl action(Ast.ActionDecl a, Set<String> roleLocals) {
        Set<String> scope = new HashSet<>(roleLocals);
        Ast.Trigger trigger = switch (a.trigger()) {
            case Ast.OnReceive r -> {
                scope.add(r.messageVar().name());
                yield new Ast.OnReceive(r.messageVar(), ident(r.messageType(), renaming.message(r.messageType().name())));
            }
            case Ast.OnReceiveAll all -> {
                Ast.Expr from = expr(all.from(), scope);
                Ast.Expr filter = null;
                if (all.filter() != null) filter = expr(all.filter(), plus(scope, all.each().name()));
                scope.add(all.setVar().name());
                yield new Ast.OnReceiveAll(all.setVar(),
                        ident(all.messageType(), renaming.message(all.messageType().name())), from, all.each(),
                        filter, all.span());
            }
            case Ast.Auto auto -> auto;
            case Ast.Timer timer -> timer;
            case Ast.Input input -> input;
            case Ast.Exchange x -> x; // its weight, which may read the peer, is renamed below
        };
        List<Ast.ActionParam> params = new ArrayList<>();
        for (Ast.ActionParam p : a.params()) {
            params.add(new Ast.ActionParam(p.name(), expr(p.domain(), scope)));
            scope.add(p.name().name());
        }
        if (trigger instanceof Ast.Exchange x) {
            trigger = new Ast.Exchange(expr(x.weight(), scope), expr(x.rate(), scope), x.mayFail(), x.span());
        }
        Ast.Expr guard = a.guard() == null ? null : expr(a.guard(), scope);
        List<Ast.Stmt> body = new ArrayList<>();
        for (Ast.Stmt s : a.body()) body.add(stmt(s, scope));
        return new Ast.ActionDecl(a.name(), trigger, a.fairness(), params, guard, body, a.span());
    }

    private Ast.Stmt stmt(Ast.Stmt s, Set<String> scope) {
        return switch (s) {
            case Ast.Assign as -> new Ast.Assign(as.var(), expr(as.value(), scope), as.span());
            case Ast.PeerAssign pa -> new Ast.PeerAssign(pa.peer(), pa.var(), expr(pa.value(), scope), pa.span());
            case Ast.Send send -> new Ast.Send(ident(send.messageType(), renaming.message(send.messageType().name())),
                    fieldInits(send.fields(), scope), expr(send.to(), scope), send.span());
            case Ast.Skip skip -> skip;
            case Ast.TimerControl t -> t;
        };
    }

    /** {@code e} renamed, where the names in {@code bound} are bound (and so stay). */
    Ast.Expr expr(Ast.Expr e, Set<String> bound) {
        if (e == null) return null;
        return switch (e) {
            case Ast.Name n -> bound.contains(n.name()) ? n : renaming.name(n);
            case Ast.IntLit i -> i;
            case Ast.StrLit s -> s;
            case Ast.BoolLit b -> b;
            case Ast.SelfExpr s -> renaming.self(s);
            case Ast.AtExpr a -> a;
            case Ast.Primed p -> new Ast.Primed(expr(p.operand(), bound), p.span());
            case Ast.Unary u -> new Ast.Unary(u.op(), expr(u.operand(), bound), u.span());
            case Ast.Binary b -> new Ast.Binary(b.op(), expr(b.left(), bound), expr(b.right(), bound), b.span());
            case Ast.Quant q -> {
                Set<String> inner = new HashSet<>(bound);
                List<Ast.Bound> bounds = bounds(q.bounds(), inner);
                yield new Ast.Quant(q.forall(), bounds, expr(q.body(), inner), q.span());
            }
            case Ast.Choose c -> new Ast.Choose(c.var(), expr(c.domain(), bound),
                    expr(c.body(), plus(bound, c.var().name())), c.span());
            case Ast.SetLit s -> new Ast.SetLit(exprs(s.elements(), bound), s.span());
            case Ast.SetFilter f -> new Ast.SetFilter(f.var(), expr(f.domain(), bound),
                    expr(f.predicate(), plus(bound, f.var().name())), f.span());
            case Ast.SetMap m -> {
                Set<String> inner = new HashSet<>(bound);
                List<Ast.Bound> bounds = bounds(m.bounds(), inner);
                yield new Ast.SetMap(expr(m.body(), inner), bounds, m.span());
            }
            case Ast.FnCtor f -> {
                Set<String> inner = new HashSet<>(bound);
                List<Ast.Bound> bounds = bounds(f.bounds(), inner);
                yield new Ast.FnCtor(bounds, expr(f.body(), inner), f.span());
            }
            case Ast.RecordCtor r -> new Ast.RecordCtor(fieldInits(r.fields(), bound), r.span());
            case Ast.MsgCtor m -> new Ast.MsgCtor(ident(m.type(), renaming.message(m.type().name())),
                    fieldInits(m.fields(), bound), m.span());
            case Ast.TupleLit t -> new Ast.TupleLit(exprs(t.elements(), bound), t.span());
            case Ast.Apply a -> new Ast.Apply(expr(a.function(), bound), exprs(a.args(), bound), a.span());
            case Ast.Call c -> bound.contains(c.name().name()) ? new Ast.Call(c.name(), exprs(c.args(), bound), c.span())
                    : renaming.call(c, exprs(c.args(), bound));
            case Ast.Field f -> renaming.field(f, expr(f.target(), bound));
            case Ast.Except x -> {
                List<Ast.Update> updates = new ArrayList<>();
                for (Ast.Update u : x.updates()) {
                    List<Ast.PathStep> path = new ArrayList<>();
                    for (Ast.PathStep step : u.path()) {
                        path.add(new Ast.PathStep(expr(step.index(), bound), step.field()));
                    }
                    updates.add(new Ast.Update(path, expr(u.value(), bound)));
                }
                yield new Ast.Except(expr(x.base(), bound), updates, x.span());
            }
            case Ast.If i -> new Ast.If(expr(i.cond(), bound), expr(i.then(), bound), expr(i.otherwise(), bound),
                    i.span());
            case Ast.Case c -> {
                List<Ast.CaseArm> arms = new ArrayList<>();
                for (Ast.CaseArm arm : c.arms()) {
                    arms.add(new Ast.CaseArm(expr(arm.guard(), bound), expr(arm.value(), bound)));
                }
                yield new Ast.Case(arms, expr(c.other(), bound), c.span());
            }
            case Ast.Let l -> {
                Set<String> inner = new HashSet<>(bound);
                List<Ast.LetDef> defs = new ArrayList<>();
                for (Ast.LetDef d : l.defs()) {
                    defs.add(new Ast.LetDef(d.name(), expr(d.value(), inner)));
                    inner.add(d.name().name());
                }
                yield new Ast.Let(defs, expr(l.body(), inner), l.span());
            }
        };
    }

    /** The bounds renamed; their names join {@code scope} one group at a time (later domains see earlier names). */
    private List<Ast.Bound> bounds(List<Ast.Bound> bounds, Set<String> scope) {
        List<Ast.Bound> out = new ArrayList<>();
        for (Ast.Bound b : bounds) {
            out.add(new Ast.Bound(b.names(), expr(b.domain(), scope)));
            for (Ast.Ident n : b.names()) scope.add(n.name());
        }
        return out;
    }

    private List<Ast.Expr> exprs(List<Ast.Expr> es, Set<String> bound) {
        List<Ast.Expr> out = new ArrayList<>();
        for (Ast.Expr e : es) out.add(expr(e, bound));
        return out;
    }

    private List<Ast.FieldInit> fieldInits(List<Ast.FieldInit> fields, Set<String> bound) {
        List<Ast.FieldInit> out = new ArrayList<>();
        for (Ast.FieldInit f : fields) out.add(new Ast.FieldInit(f.name(), expr(f.value(), bound)));
        return out;
    }

    private static Set<String> plus(Set<String> set, String name) {
        Set<String> out = new HashSet<>(set);
        out.add(name);
        return out;
    }

    private static Ast.Ident ident(Ast.Ident original, String name) {
        return name.equals(original.name()) ? original : new Ast.Ident(name, original.span());
    }
}
