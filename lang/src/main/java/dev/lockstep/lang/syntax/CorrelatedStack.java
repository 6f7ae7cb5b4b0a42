package dev.lockstep.lang.syntax;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Desugars a correlated merge of more than two exchanges, {@code compose correlated C(A1, ..., An)}, as a layered
 * stack needs (docs/gossip.md, "Stacks"): MiCA's Fig. 4 with n sub-protocols. At a peer p each sub-protocol i has
 * the share {@code s_i(p) = r_i / |V_i|} (0 off its view; {@code r_i * w_i(p) / W_i} for a weighted view, W_i its
 * total weight); the composite's view is normalize(max_i s_i), its rate
 * {@code sum_p max_i s_i(p)}, and one uniform draw {@code u} in [0, max_i s_i(p)) runs every sub-protocol with
 * {@code s_i(p) > u}: each runs with probability s_i / max, so each keeps its view and rate, and the sets that run
 * together are the "top" sets of the shares. For two exchanges this is Fig. 4's alpha, beta and gamma.
 * <p>
 * Exchanges with the same view and weight (the same text) and the same rate always have equal shares, so they form
 * a group that runs together. For each nonempty set S of groups there is one plain exchange: {@code C} when S is every
 * group, else {@code C_A_B...} (the names of its exchanges), with the peers of every view in S, the updates of S,
 * and the weight {@code max(0, min_{G in S} s_G - max_{H not in S} s_H)}, scaled to integers by
 * {@code prod_H max(W_H, 1)}: the probability mass of "exactly S runs" at that peer. Its support is where S runs
 * with positive probability, which is what the model checkers take; the simulator samples the weights.
 */
final class CorrelatedStack {
    private CorrelatedStack() {}

    /** Adds the parts of {@code c} over {@code xs} to {@code out}; returns the composition with its members. */
    static Ast.ComposeDecl desugar(Ast.ComposeDecl c, List<Ast.ActionDecl> xs, List<Ast.ActionDecl> out) {
        Span at = c.span();
        Map<String, List<Ast.ActionDecl>> groups = new LinkedHashMap<>();
        for (Ast.ActionDecl x : xs) {
            groups.computeIfAbsent(viewText(x) + " weighted " + weightText(x) + " rate " + Compositions.rate(x),
                    k -> new ArrayList<>()).add(x);
        }
        List<List<Ast.ActionDecl>> gs = new ArrayList<>(groups.values());
        Map<String, List<String>> partsOf = new LinkedHashMap<>();
        for (Ast.ActionDecl x : xs) partsOf.put(x.name().name(), new ArrayList<>());
        int all = (1 << gs.size()) - 1;
        for (int set = all; set >= 1; set--) {
            List<Ast.ActionDecl> members = new ArrayList<>();
            for (Ast.ActionDecl x : xs) if ((set & 1 << gs.indexOf(groupOf(gs, x))) != 0) members.add(x);
            String name = set == all ? c.name().name() : c.name().name() + "_"
                    + String.join("_", members.stream().map(m -> m.name().name()).toList());
            out.add(part(c, name, members, weight(gs, set, xs.get(0), at), at));
            for (Ast.ActionDecl m : members) partsOf.get(m.name().name()).add(name);
        }
        List<CheckedSpec.Member> described = new ArrayList<>();
        for (Ast.ActionDecl x : xs) {
            described.add(new CheckedSpec.Member(x.name().name(), Compositions.rate(x), Compositions.writes(x).stream().distinct().toList(),
                    List.copyOf(partsOf.get(x.name().name()))));
        }
        return new Ast.ComposeDecl(c.kind(), c.name(), c.first(), c.second(), Compositions.rate(xs.get(0)),
                Compositions.rate(xs.get(1)), c.more(), List.copyOf(described), c.span());
    }

    private static List<Ast.ActionDecl> groupOf(List<List<Ast.ActionDecl>> gs, Ast.ActionDecl x) {
        for (List<Ast.ActionDecl> g : gs) if (g.contains(x)) return g;
        throw new IllegalStateException(x.name().name() + " is in no group");
    }

    /** The plain exchange running {@code members}' updates together, with a peer of all their views. */
    private static Ast.ActionDecl part(Ast.ComposeDecl c, String name, List<Ast.ActionDecl> members, Ast.Expr weight,
                                       Span at) {
        Ast.Expr guard = null;
        boolean guarded = true;
        boolean mayFail = false;
        Ast.Fairness fairness = members.get(0).fairness();
        List<Ast.Stmt> body = new ArrayList<>();
        for (Ast.ActionDecl m : members) {
            if (m.guard() == null) guarded = false;
            else guard = guard == null ? m.guard() : new Ast.Binary(BinaryOp.OR, guard, m.guard(), at);
            mayFail |= Compositions.trigger(m).mayFail();
            fairness = Compositions.stronger(fairness, m.fairness());
            body.addAll(Compositions.conditional(m));
        }
        Ast.ActionDecl first = members.get(0);
        return new Ast.ActionDecl(new Ast.Ident(name, c.name().span()), new Ast.Exchange(weight, null, mayFail, at),
                fairness, List.of(new Ast.ActionParam(first.params().get(0).name(), domainOf(members, at))),
                guarded ? guard : null, body, at);
    }

    /** The intersection of the members' views, each distinct view once. */
    private static Ast.Expr domainOf(List<Ast.ActionDecl> members, Span at) {
        List<String> seen = new ArrayList<>();
        Ast.Expr domain = null;
        for (Ast.ActionDecl m : members) {
            if (seen.contains(viewText(m))) continue;
            seen.add(viewText(m));
            Ast.Expr v = Compositions.view(m);
            domain = domain == null ? v : new Ast.Binary(BinaryOp.CAP, domain, v, at);
        }
        return domain;
    }

    /** The mass of "exactly the groups of {@code set} run" at the peer, scaled to an integer. */
    private static Ast.Expr weight(List<List<Ast.ActionDecl>> gs, int set, Ast.ActionDecl any, Span at) {
        List<Ast.Expr> in = new ArrayList<>();
        List<Ast.Expr> out = new ArrayList<>();
        for (int g = 0; g < gs.size(); g++) ((set & 1 << g) != 0 ? in : out).add(share(gs, g, any, at));
        Ast.Expr least = call("Min", in, at);
        if (out.isEmpty()) return least;
        return call("Max", List.of(new Ast.IntLit(0, at),
                new Ast.Binary(BinaryOp.MINUS, least, call("Max", out, at), at)), at);
    }

    /**
     * Group g's share at the peer, {@code r_g * w_g(peer) * prod_{h /= g} max(W_h, 1)} on its view, else 0, where a
     * view without weights has {@code w = 1} and {@code W = |V|}, a weighted one {@code max(0, w)} and its total
     * weight (Fig. 4 normalizes each view by it).
     */
    private static Ast.Expr share(List<List<Ast.ActionDecl>> gs, int g, Ast.ActionDecl any, Span at) {
        Ast.ActionDecl x = gs.get(g).get(0);
        Ast.Expr scaled = new Ast.IntLit(Compositions.rate(x), at);
        Ast.Expr w = Compositions.trigger(x).weight();
        if (w != null) {
            scaled = new Ast.Binary(BinaryOp.TIMES, scaled, call("Max", List.of(new Ast.IntLit(0, at), w), at), at);
        }
        for (int h = 0; h < gs.size(); h++) {
            if (h == g) continue;
            Ast.Expr size = call("Max", List.of(total(gs.get(h).get(0), at), new Ast.IntLit(1, at)), at);
            scaled = new Ast.Binary(BinaryOp.TIMES, scaled, size, at);
        }
        Ast.Expr peer = new Ast.Name(any.params().get(0).name().name(), at);
        return new Ast.If(new Ast.Binary(BinaryOp.IN, peer, Compositions.view(x), at), scaled, new Ast.IntLit(0, at),
                at);
    }

    /**
     * The view's total weight: {@code |V|} without weights, else the sum of the positive weights over the view,
     * written {@code Cardinality(UNION {{<<peer, k>> : k \in 1..w} : peer \in V})}: the weight expression is reused
     * as written, with the peer's name bound to each peer of the view in turn.
     */
    static Ast.Expr total(Ast.ActionDecl x, Span at) {
        Ast.Expr w = Compositions.trigger(x).weight();
        Ast.Expr view = Compositions.view(x);
        if (w == null) return Compositions.card(view, at);
        Ast.Ident peer = x.params().get(0).name();
        Ast.Ident unit = new Ast.Ident(UNIT, at);
        Ast.Expr pair = new Ast.RecordCtor(List.of(new Ast.FieldInit(new Ast.Ident("who", at),
                new Ast.Name(peer.name(), at)), new Ast.FieldInit(new Ast.Ident("unit", at), new Ast.Name(UNIT, at))), at);
        Ast.Expr copies = new Ast.SetMap(pair, List.of(new Ast.Bound(List.of(unit),
                new Ast.Binary(BinaryOp.RANGE, new Ast.IntLit(1, at), w, at))), at);
        Ast.Expr all = new Ast.SetMap(copies, List.of(new Ast.Bound(List.of(new Ast.Ident(peer.name(), at)), view)),
                at);
        return Compositions.card(new Ast.Unary(dev.lockstep.lang.ir.UnaryOp.UNION, all, at), at);
    }

    /** The bound name counting a peer's units of weight in {@link #total}. */
    private static final String UNIT = "weightUnit";

    private static Ast.Expr call(String f, List<Ast.Expr> args, Span at) {
        return new Ast.Call(new Ast.Ident(f, at), List.of(new Ast.SetLit(args, at)), at);
    }

    /** The weight's source text with its whitespace collapsed ("" without a weight). */
    private static String weightText(Ast.ActionDecl x) {
        Ast.Expr w = Compositions.trigger(x).weight();
        if (w == null) return "";
        return w.span().file().text().substring(w.span().start(), w.span().end()).replaceAll("\\s+", " ");
    }

    /** The view's source text with its whitespace collapsed: two views of the same text are the same view. */
    private static String viewText(Ast.ActionDecl x) {
        Span s = Compositions.view(x).span();
        return s.file().text().substring(s.start(), s.end()).replaceAll("\\s+", " ");
    }
}
