package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Desugars {@code compose correlated|independent|roundrobin C(A, B)} (docs/gossip.md; MiCA, Princehouse 2017,
 * Figs. 3-5) into plain exchanges, so that every backend (explorer, TLA+, prover, generator) runs compositions
 * without knowing them. A and B are replaced by:
 * <ul>
 *   <li>correlated: {@code C} runs both updates with a peer of both views; {@code C_A} runs A alone, with the peers
 *       where A's share {@code r1 / |V1|} exceeds B's (B's share is 0 outside B's view); {@code C_B} likewise. Those
 *       are the outcomes of Fig. 4 of positive probability (gamma, alpha, beta); uniform views only (with a weighted
 *       view it desugars through {@link CorrelatedStack}, whose parts carry the masses as weights).</li>
 *   <li>independent: {@code C_A} and {@code C_B}, A and B renamed (Fig. 5 runs exactly one per exchange).</li>
 *   <li>round-robin: a variable {@code C_turn}; {@code C_A} when it is TRUE, {@code C_B} when FALSE, each flipping
 *       it (Fig. 3); A and B must have equal rates.</li>
 * </ul>
 * In a part that runs an update whose exchange had a guard, that update's assignments apply only where the guard
 * holds (MiCA's update is total: a sub-protocol with nothing to do leaves its state as it is). The variables A and
 * B write must be disjoint: each sub-protocol's state changes only by its own update (state preservation).
 */
public final class Compositions {
    public static final String CORRELATED = "correlated";
    public static final String INDEPENDENT = "independent";
    public static final String ROUND_ROBIN = "roundrobin";

    private Compositions() {}

    /** The exchange of composite {@code composite} that runs {@code sub} alone. */
    public static String alone(String composite, String sub) { return composite + "_" + sub; }

    /** The round-robin composite's turn variable: TRUE when the first exchange runs next. */
    public static String turnVar(String composite) { return composite + "_turn"; }

    /**
     * Replaces, in {@code actions} (and {@code vars} for round-robin), each composed pair by its composite, and in
     * {@code composes} each composition by one with its exchanges' rates (dropping those reported as errors).
     */
    static void desugar(String role, List<Ast.VarDecl> vars, List<Ast.ActionDecl> actions,
                        List<Ast.ComposeDecl> composes, Diagnostics diags) {
        Set<String> used = new HashSet<>();
        List<Ast.ComposeDecl> desugared = new ArrayList<>();
        for (Ast.ComposeDecl c : composes) {
            String kind = c.kind().name();
            if (!List.of(CORRELATED, INDEPENDENT, ROUND_ROBIN).contains(kind)) {
                diags.error(Code.UNKNOWN_COMPOSITION, c.kind().span(), "unknown composition operator '" + kind + "'",
                        "use correlated, independent or roundrobin");
                continue;
            }
            if (c.exchanges().size() > 2 || weightedCorrelated(c, actions)) {
                if (!kind.equals(CORRELATED)) {
                    diags.error(Code.COMPOSE_TOO_MANY, c.more().get(0).span(), kind + " composes two exchanges, "
                            + c.name().name() + " names " + c.exchanges().size(), "only a correlated merge takes more"
                            + " than two; nest the composition in separate roles or use correlated");
                    continue;
                }
                List<Ast.ActionDecl> xs = new ArrayList<>();
                for (Ast.Ident n : c.exchanges()) xs.add(exchange(role, n, actions, used, diags));
                if (xs.contains(null) || !checked(c, xs, diags)) continue;
                actions.removeAll(xs);
                desugared.add(CorrelatedStack.desugar(c, xs, actions));
                continue;
            }
            Ast.ActionDecl a = exchange(role, c.first(), actions, used, diags);
            Ast.ActionDecl b = exchange(role, c.second(), actions, used, diags);
            if (a == null || b == null) continue;
            if (a == b) {
                diags.error(Code.COMPOSE_NOT_AN_EXCHANGE, c.second().span(), "composition " + c.name().name()
                        + " names exchange " + a.name().name() + " twice", "compose two different exchanges");
                continue;
            }
            if (!checked(c, List.of(a, b), diags)) continue;
            actions.remove(a);
            actions.remove(b);
            desugared.add(new Ast.ComposeDecl(c.kind(), c.name(), c.first(), c.second(), rate(a), rate(b), List.of(),
                    List.of(), c.span()));
            switch (kind) {
                case CORRELATED -> correlated(c, a, b, actions);
                case INDEPENDENT -> {
                    actions.add(renamed(a, alone(c.name().name(), a.name().name())));
                    actions.add(renamed(b, alone(c.name().name(), b.name().name())));
                }
                default -> roundRobin(c, a, b, vars, actions);
            }
        }
        composes.clear();
        composes.addAll(desugared);
    }

    /**
     * A correlated merge of two exchanges of which one has a weighted view: it desugars as a stack of two
     * ({@link CorrelatedStack}), whose parts carry Fig. 4's masses as weights, normalized by each view's total weight.
     */
    private static boolean weightedCorrelated(Ast.ComposeDecl c, List<Ast.ActionDecl> actions) {
        if (!c.kind().name().equals(CORRELATED)) return false;
        for (Ast.ActionDecl a : actions) {
            if (a.trigger() instanceof Ast.Exchange x && x.weight() != null
                    && c.exchanges().stream().anyMatch(n -> n.name().equals(a.name().name()))) return true;
        }
        return false;
    }

    private static Ast.ActionDecl exchange(String role, Ast.Ident name, List<Ast.ActionDecl> actions, Set<String> used,
                                           Diagnostics diags) {
        for (Ast.ActionDecl a : actions) {
            if (!a.name().name().equals(name.name()) || !(a.trigger() instanceof Ast.Exchange)) continue;
            if (!used.add(name.name())) break;
            return a;
        }
        diags.error(Code.COMPOSE_NOT_AN_EXCHANGE, name.span(), "'" + name.name() + "' is not an exchange of role "
                + role + " that no other composition uses", "compose two exchanges declared in this role");
        return null;
    }

    /** State preservation, one peer name, assignments only, equal rates for round-robin. */
    private static boolean checked(Ast.ComposeDecl c, List<Ast.ActionDecl> xs, Diagnostics diags) {
        java.util.Map<String, String> writer = new java.util.HashMap<>();
        for (Ast.ActionDecl x : xs) {
            for (String v : writes(x)) {
                String other = writer.putIfAbsent(v, x.name().name());
                if (other != null && !other.equals(x.name().name())) {
                    diags.error(Code.COMPOSE_SHARED_STATE, c.span(), other + " and " + x.name().name()
                            + " both write '" + v + "'", "each sub-protocol keeps its own variables (state"
                            + " preservation); a composite may read the other's variables, not write them");
                    return false;
                }
            }
        }
        Ast.ActionDecl a = xs.get(0);
        for (int i = 1; i < xs.size(); i++) {
            Ast.ActionDecl b = xs.get(i);
            if (!peer(a).equals(peer(b))) {
                diags.error(Code.COMPOSE_UNSUPPORTED, c.exchanges().get(i).span(), a.name().name() + " calls its peer '"
                        + peer(a) + "' and " + b.name().name() + " '" + peer(b) + "'",
                        "name the peer the same in both exchanges");
                return false;
            }
        }
        for (Ast.ActionDecl x : xs) {
            for (Ast.Stmt s : x.body()) {
                if (!(s instanceof Ast.Assign || s instanceof Ast.PeerAssign || s instanceof Ast.Skip)) {
                    diags.error(Code.COMPOSE_UNSUPPORTED, s.span(), "a composed exchange's statements must be"
                            + " assignments", "move timer control to another action");
                    return false;
                }
            }
        }
        if (c.kind().name().equals(CORRELATED) && !weightsReadOnlyTheNode(xs, diags)) return false;
        if (c.kind().name().equals(ROUND_ROBIN) && rate(a) != rate(xs.get(1))) {
            Ast.ActionDecl b = xs.get(1);
            diags.error(Code.ROUND_ROBIN_UNEQUAL_RATES, c.span(), "round-robin over " + a.name().name() + " (rate "
                    + rate(a) + ") and " + b.name().name() + " (rate " + rate(b) + ") would change their rates",
                    "round-robin preserves rates only when they are equal (MiCA Fig. 3); use correlated or independent");
            return false;
        }
        return true;
    }

    /**
     * A correlated merge normalizes a weighted view by its total weight, the weight summed over every peer of the
     * view; an exchange reads its one peer's variables only, so a weight reading {@code peer.x} has no total (MiCA's
     * view is a function of the node's own state).
     */
    private static boolean weightsReadOnlyTheNode(List<Ast.ActionDecl> xs, Diagnostics diags) {
        for (Ast.ActionDecl x : xs) {
            Ast.Expr w = trigger(x).weight();
            if (w == null) continue;
            List<Ast.Field> reads = new ArrayList<>();
            AstWalk.forEach(w, e -> {
                if (e instanceof Ast.Field f && f.target() instanceof Ast.Name n && n.name().equals(peer(x))) {
                    reads.add(f);
                }
            });
            if (reads.isEmpty()) continue;
            diags.error(Code.WEIGHT_READS_PEER, reads.get(0).span(), "the weight of " + x.name().name() + " reads its"
                    + " peer's '" + reads.get(0).field().name() + "', but a correlated merge sums the weight over the"
                    + " whole view", "weight the peers by this node's state and constants (a map from peer to"
                    + " weight), or use independent");
            return false;
        }
        return true;
    }

    private static void correlated(Ast.ComposeDecl c, Ast.ActionDecl a, Ast.ActionDecl b, List<Ast.ActionDecl> out) {
        String name = c.name().name();
        Span at = c.span();
        Ast.Expr va = view(a);
        Ast.Expr vb = view(b);
        List<Ast.Stmt> both = new ArrayList<>(conditional(a));
        both.addAll(conditional(b));
        Ast.Expr guard = a.guard() == null || b.guard() == null ? null
                : new Ast.Binary(BinaryOp.OR, a.guard(), b.guard(), at);
        Ast.Exchange x = new Ast.Exchange(null, null, trigger(a).mayFail() || trigger(b).mayFail(), at);
        out.add(new Ast.ActionDecl(c.name(), x, stronger(a.fairness(), b.fairness()),
                List.of(new Ast.ActionParam(a.params().get(0).name(), new Ast.Binary(BinaryOp.CAP, va, vb, at))),
                guard, both, at));
        out.add(aloneWhereLarger(name, a, b, at));
        out.add(aloneWhereLarger(name, b, a, at));
    }

    /**
     * {@code x} alone: with a peer of its view where its share {@code rx / |Vx|} exceeds the other's (0 off its view),
     * written as a weight, so that the model's support (weight > 0) is exactly Fig. 4's alpha > 0.
     */
    private static Ast.ActionDecl aloneWhereLarger(String name, Ast.ActionDecl x, Ast.ActionDecl other, Span at) {
        Ast.Ident peer = x.params().get(0).name();
        Ast.Expr mine = times(rate(x), card(view(other), at), at);
        Ast.Expr theirs = times(rate(other), card(view(x), at), at);
        Ast.Expr inOther = new Ast.Binary(BinaryOp.IN, new Ast.Name(peer.name(), at), view(other), at);
        Ast.Expr weight = new Ast.If(inOther, new Ast.Binary(BinaryOp.MINUS, mine,
                new Ast.Call(new Ast.Ident("Min", at), List.of(new Ast.SetLit(List.of(mine, theirs), at)), at), at),
                mine, at);
        Ast.Exchange t = trigger(x);
        return new Ast.ActionDecl(new Ast.Ident(alone(name, x.name().name()), x.name().span()),
                new Ast.Exchange(weight, t.rate(), t.mayFail(), t.span()), x.fairness(), x.params(), x.guard(),
                x.body(), x.span());
    }

    private static void roundRobin(Ast.ComposeDecl c, Ast.ActionDecl a, Ast.ActionDecl b, List<Ast.VarDecl> vars,
                                   List<Ast.ActionDecl> out) {
        Span at = c.span();
        Ast.Ident turn = new Ast.Ident(turnVar(c.name().name()), at);
        vars.add(new Ast.VarDecl(turn, new Ast.NamedType(new Ast.Ident("bool", at), at), false,
                new Ast.BoolLit(true, at), false, false, null, at));
        out.add(turnTaking(c, a, true, turn));
        out.add(turnTaking(c, b, false, turn));
    }

    /** {@code x} when the turn is {@code mine}; it passes the turn whether or not its own guard held. */
    private static Ast.ActionDecl turnTaking(Ast.ComposeDecl c, Ast.ActionDecl x, boolean mine, Ast.Ident turn) {
        Span at = c.span();
        Ast.Expr isMine = mine ? new Ast.Name(turn.name(), at)
                : new Ast.Unary(dev.lockstep.lang.ir.UnaryOp.NOT, new Ast.Name(turn.name(), at), at);
        List<Ast.Stmt> body = new ArrayList<>(conditional(x));
        body.add(new Ast.Assign(turn, new Ast.BoolLit(!mine, at), at));
        return new Ast.ActionDecl(new Ast.Ident(alone(c.name().name(), x.name().name()), x.name().span()),
                x.trigger(), x.fairness(), x.params(), isMine, body, x.span());
    }

    /** The exchange's assignments, each applying only where its guard holds (all of them when it has none). */
    static List<Ast.Stmt> conditional(Ast.ActionDecl x) {
        List<Ast.Stmt> out = new ArrayList<>();
        for (Ast.Stmt s : x.body()) {
            Ast.Stmt w = switch (s) {
                case Ast.Assign asg -> x.guard() == null ? asg : new Ast.Assign(asg.var(),
                        new Ast.If(x.guard(), asg.value(), new Ast.Name(asg.var().name(), asg.span()), asg.span()),
                        asg.span());
                case Ast.PeerAssign pa -> x.guard() == null ? pa : new Ast.PeerAssign(pa.peer(), pa.var(),
                        new Ast.If(x.guard(), pa.value(), new Ast.Field(new Ast.Name(pa.peer().name(), pa.span()),
                                pa.var(), pa.span()), pa.span()), pa.span());
                case Ast.Skip skip -> null;
                case Ast.Send send -> throw new IllegalStateException("refused by checked()");
                case Ast.TimerControl tc -> throw new IllegalStateException("refused by checked()");
            };
            if (w != null) out.add(w);
        }
        return out;
    }

    private static Ast.ActionDecl renamed(Ast.ActionDecl x, String name) {
        return new Ast.ActionDecl(new Ast.Ident(name, x.name().span()), x.trigger(), x.fairness(), x.params(),
                x.guard(), x.body(), x.span());
    }

    static List<String> writes(Ast.ActionDecl x) {
        List<String> out = new ArrayList<>();
        for (Ast.Stmt s : x.body()) {
            if (s instanceof Ast.Assign asg) out.add(asg.var().name());
            if (s instanceof Ast.PeerAssign pa) out.add(pa.var().name());
        }
        return out;
    }

    static Ast.Exchange trigger(Ast.ActionDecl x) { return (Ast.Exchange) x.trigger(); }

    private static String peer(Ast.ActionDecl x) { return x.params().get(0).name().name(); }

    static Ast.Expr view(Ast.ActionDecl x) { return x.params().get(0).domain(); }

    /** The exchange's rate; 1 when not given (a non-literal rate is reported by the checker, LS271). */
    static long rate(Ast.ActionDecl x) {
        return trigger(x).rate() instanceof Ast.IntLit l ? l.value() : 1;
    }

    static Ast.Expr card(Ast.Expr set, Span at) {
        return new Ast.Call(new Ast.Ident("Cardinality", at), List.of(set), at);
    }

    static Ast.Expr times(long k, Ast.Expr e, Span at) {
        return new Ast.Binary(BinaryOp.TIMES, new Ast.IntLit(k, at), e, at);
    }

    static Ast.Fairness stronger(Ast.Fairness x, Ast.Fairness y) {
        return x.ordinal() >= y.ordinal() ? x : y;
    }
}
