package dev.lockstep.lang.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one traversal of checked expressions that analyses share: the direct sub-expressions of each kind, a walk
 * over every node, and the questions backends ask of an expression (which slots it reads unbound, whether it reads
 * {@code self}, the state or the network). Each kind is named once in {@link #children} and once in
 * {@link #freeSlots}; both switches are exhaustive, so a new kind of {@link Expr} does not compile until it is
 * placed here. Translators (evaluator, TLA+ printer, SMT lowering, Java translation) keep their own switches.
 */
public final class Exprs {
    private Exprs() {}

    /** The direct sub-expressions of {@code e}, in source order (an absent CASE OTHER arm is left out); read-only. */
    public static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.Lit l -> List.of();
            case Expr.ConstRef c -> List.of();
            case Expr.Local l -> List.of();
            case Expr.Self s -> List.of();
            case Expr.VarRef v -> List.of();
            case Expr.RemoteVar r -> List.of(r.node());
            case Expr.NetworkView n -> List.of();
            case Expr.NetworkRead n -> n.args();
            case Expr.InfiniteSet i -> List.of();
            case Expr.Unary u -> List.of(u.operand());
            case Expr.Primed p -> List.of(p.operand());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Quant q -> then(q.domains(), q.body());
            case Expr.Choose c -> List.of(c.domain(), c.body());
            case Expr.SetLit s -> s.elements();
            case Expr.SetFilter f -> List.of(f.domain(), f.predicate());
            case Expr.SetMap m -> then(m.domains(), m.body());
            case Expr.FnCtor f -> then(f.domains(), f.body());
            case Expr.RecordCtor r -> r.values();
            case Expr.TupleLit t -> t.elements();
            case Expr.Apply a -> List.of(a.function(), a.arg());
            case Expr.FieldAccess f -> List.of(f.target());
            case Expr.Except x -> {
                List<Expr> out = new ArrayList<>();
                out.add(x.base());
                for (Expr.Update u : x.updates()) {
                    for (Expr.PathStep s : u.path()) if (s instanceof Expr.IndexStep i) out.add(i.index());
                    out.add(u.value());
                }
                yield out;
            }
            case Expr.If i -> List.of(i.cond(), i.then(), i.otherwise());
            case Expr.Case c -> {
                List<Expr> out = new ArrayList<>(c.guards());
                out.addAll(c.values());
                if (c.other() != null) out.add(c.other());
                yield out;
            }
            case Expr.Let l -> then(l.values(), l.body());
            case Expr.BuiltinCall b -> b.args();
            case Expr.DefCall d -> d.args();
        };
    }

    /** {@code first} followed by {@code last}. */
    private static List<Expr> then(List<Expr> first, Expr last) {
        List<Expr> out = new ArrayList<>(first.size() + 1);
        out.addAll(first);
        out.add(last);
        return out;
    }

    /**
     * Calls {@code visit} on {@code root} and every expression inside it, parents before children. Definition
     * bodies are not entered: a {@link Expr.DefCall} contributes its arguments only.
     */
    public static void forEach(Expr root, Consumer<Expr> visit) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            visit.accept(e);
            List<Expr> children = children(e);
            for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
        }
    }

    /** True when {@code test} holds for {@code root} or some expression inside it (definition bodies not entered). */
    public static boolean anyMatch(Expr root, Predicate<Expr> test) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            if (test.test(e)) return true;
            for (Expr c : children(e)) pending.push(c);
        }
        return false;
    }

    /**
     * Every expression of the roles of {@code spec} that is not inside another: node sets, initial values, parameter
     * domains, guards, assigned values, sent fields and send targets.
     */
    public static List<Expr> roleRoots(CheckedSpec spec) {
        List<Expr> out = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            if (r.nodes() != null) out.add(r.nodes());
            for (CheckedSpec.Var v : r.vars()) out.add(v.init());
            List<CheckedSpec.Action> actions = new ArrayList<>(r.actions());
            if (r.restart() != null) actions.add(r.restart()); // on restart's effects are role expressions too
            for (CheckedSpec.Action a : actions) {
                for (CheckedSpec.Param p : a.params()) out.add(p.domain());
                if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                    out.add(all.from());
                    if (all.filter() != null) out.add(all.filter());
                }
                if (a.trigger() instanceof CheckedSpec.Trigger.Exchange x) {
                    if (x.weight() != null) out.add(x.weight());
                    if (x.rate() != null) out.add(x.rate());
                }
                if (a.guard() != null) out.add(a.guard());
                out.addAll(effectRoots(a.effects()));
            }
        }
        return out;
    }

    /** The expressions of {@code effects}: assigned values, sent fields and send targets. */
    public static List<Expr> effectRoots(List<Stmt> effects) {
        List<Expr> out = new ArrayList<>();
        for (Stmt s : effects) {
            switch (s) {
                case Stmt.Assign asg -> out.add(asg.value());
                case Stmt.PeerAssign asg -> out.add(asg.value());
                case Stmt.Send send -> {
                    out.addAll(send.values());
                    out.add(send.to());
                }
                case Stmt.TimerControl timer -> { }
            }
        }
        return out;
    }

    /**
     * The conjuncts of {@code e}, left to right through nested {@code /\}; just {@code e} when not a conjunction.
     * Iterative, so that a long list of conjuncts needs no deep stack.
     */
    public static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        ArrayDeque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr next = todo.pop();
            if (next instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
                todo.push(b.right());
                todo.push(b.left());
            } else {
                out.add(next);
            }
        }
        return out;
    }


    /** True when {@code e} reads the acting node. Definitions cannot read {@code self}, so calls need no look inside. */
    public static boolean readsSelf(Expr e) {
        return anyMatch(e, x -> x instanceof Expr.Self);
    }

    /**
     * True when {@code e} itself reads the state: a variable of this or another node, or the network. A call of a
     * definition that reads the state is not seen here; {@link #readsState(Expr, CheckedSpec)} counts it.
     */
    public static boolean readsState(Expr e) {
        return anyMatch(e, x -> x instanceof Expr.VarRef || x instanceof Expr.RemoteVar || readsNetworkHere(x));
    }

    /** {@link #readsState(Expr)}, or a call of a definition of {@code spec} that reads other nodes or the network. */
    public static boolean readsState(Expr e, CheckedSpec spec) {
        return anyMatch(e, x -> readsStateHere(x, spec));
    }

    /**
     * True when the node {@code e} itself (not its sub-expressions) reads the state: a variable, the network, or a
     * call of a definition of {@code spec} that reads other nodes or the network. For predicates built on
     * {@link #anyMatch} that ask more than this in one walk.
     */
    public static boolean readsStateHere(Expr e, CheckedSpec spec) {
        return e instanceof Expr.VarRef || e instanceof Expr.RemoteVar || readsNetworkHere(e)
                || e instanceof Expr.DefCall d && spec.defs().get(d.defIndex()).readsGlobalState();
    }

    /**
     * True when {@code e} itself reads the network ({@code Msgs(T)}, {@code Copies}, {@code Channel},
     * {@code ChannelLen}); definition bodies are not entered.
     */
    public static boolean readsNetwork(Expr e) {
        return anyMatch(e, Exprs::readsNetworkHere);
    }

    /** The node {@code e} itself (not its sub-expressions) reads the network. */
    private static boolean readsNetworkHere(Expr e) {
        return e instanceof Expr.NetworkView || e instanceof Expr.NetworkRead;
    }

    /** True when {@code e} calls some definition. */
    public static boolean callsDefinition(Expr e) {
        return anyMatch(e, x -> x instanceof Expr.DefCall);
    }

    /**
     * The frame slots {@code e} reads without binding them itself: each {@link Expr.Local} outside the binder that
     * introduces it. Binders follow the evaluator: quantifier, CHOOSE, filter, map and function variables are in scope
     * in the body but not in their domains; a LET name is in scope in later values and the body; the {@code @} slot of
     * an EXCEPT clause is in scope in that clause's value only.
     */
    public static Set<Integer> freeSlots(Expr e) {
        Set<Integer> free = new TreeSet<>();
        free(e, new HashSet<>(), free);
        return free;
    }

    private static void free(Expr e, Set<Integer> bound, Set<Integer> out) {
        switch (e) {
            case Expr.Local l -> {
                if (!bound.contains(l.slot())) out.add(l.slot());
            }
            case Expr.Quant q -> binder(q.vars(), q.domains(), q.body(), bound, out);
            case Expr.Choose c -> binder(List.of(c.var()), List.of(c.domain()), c.body(), bound, out);
            case Expr.SetFilter f -> binder(List.of(f.var()), List.of(f.domain()), f.predicate(), bound, out);
            case Expr.SetMap m -> binder(m.vars(), m.domains(), m.body(), bound, out);
            case Expr.FnCtor f -> binder(f.vars(), f.domains(), f.body(), bound, out);
            case Expr.Let l -> {
                List<Integer> added = new ArrayList<>();
                for (int i = 0; i < l.vars().size(); i++) {
                    free(l.values().get(i), bound, out);
                    bind(l.vars().get(i).slot(), bound, added);
                }
                free(l.body(), bound, out);
                bound.removeAll(added);
            }
            case Expr.Except x -> {
                free(x.base(), bound, out);
                for (Expr.Update u : x.updates()) {
                    for (Expr.PathStep s : u.path()) if (s instanceof Expr.IndexStep i) free(i.index(), bound, out);
                    List<Integer> added = new ArrayList<>();
                    bind(u.atSlot(), bound, added);
                    free(u.value(), bound, out);
                    bound.removeAll(added);
                }
            }
            // The remaining kinds bind nothing: their sub-expressions see the same scope.
            case Expr.Lit l -> { }
            case Expr.ConstRef c -> { }
            case Expr.Self s -> { }
            case Expr.VarRef v -> { }
            case Expr.NetworkView n -> { }
            case Expr.InfiniteSet i -> { }
            case Expr.RemoteVar r -> freeInChildren(r, bound, out);
            case Expr.NetworkRead n -> freeInChildren(n, bound, out);
            case Expr.Unary u -> freeInChildren(u, bound, out);
            case Expr.Primed p -> freeInChildren(p, bound, out);
            case Expr.Binary b -> freeInChildren(b, bound, out);
            case Expr.SetLit s -> freeInChildren(s, bound, out);
            case Expr.RecordCtor r -> freeInChildren(r, bound, out);
            case Expr.TupleLit t -> freeInChildren(t, bound, out);
            case Expr.Apply a -> freeInChildren(a, bound, out);
            case Expr.FieldAccess f -> freeInChildren(f, bound, out);
            case Expr.If i -> freeInChildren(i, bound, out);
            case Expr.Case c -> freeInChildren(c, bound, out);
            case Expr.BuiltinCall b -> freeInChildren(b, bound, out);
            case Expr.DefCall d -> freeInChildren(d, bound, out); // the body has its own frame
        }
    }

    private static void binder(List<Expr.Local> vars, List<Expr> domains, Expr body, Set<Integer> bound,
                               Set<Integer> out) {
        for (Expr d : domains) free(d, bound, out);
        List<Integer> added = new ArrayList<>();
        for (Expr.Local v : vars) bind(v.slot(), bound, added);
        free(body, bound, out);
        bound.removeAll(added);
    }

    /** Binds {@code slot} for a nested scope; {@code added} collects what the scope must unbind when it ends. */
    private static void bind(int slot, Set<Integer> bound, List<Integer> added) {
        if (bound.add(slot)) added.add(slot);
    }

    private static void freeInChildren(Expr e, Set<Integer> bound, Set<Integer> out) {
        for (Expr c : children(e)) free(c, bound, out);
    }
}
