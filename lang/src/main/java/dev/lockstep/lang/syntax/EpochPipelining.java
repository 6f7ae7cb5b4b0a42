package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.instance.AstRenamer;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Desugars {@code compose epochs E(A) until N [when G]} (docs/gossip.md; MiCA's EpochPipeliner, Princehouse 2017,
 * Fig. 6) into plain variables and actions, so that every backend runs it without knowing it. For each variable
 * {@code x} that exchange A writes, a backup {@code E_x} starts like {@code x}; a counter {@code E_epoch} starts at 0.
 * A is replaced by the exchange {@code E}: A's guard and {@code E_epoch = peer.E_epoch} (nodes exchange only within
 * one epoch), A's assignments, then the same with every {@code x} renamed to {@code E_x} (a correlated merge of two
 * identical views: both instances update at every exchange). A fair auto action {@code E_end}, when G holds and
 * {@code E_epoch < N} (N bounds the model), ends the epoch: {@code x := E_x} (the backup is promoted) and
 * {@code E_x := x}'s initial expression (the factory makes a fresh instance).
 */
public final class EpochPipelining {
    public static final String KIND = "epochs";

    /** {@code compose epochs name(exchange) until bound [when guard]}; {@code guard} is null when absent. */
    public record Decl(Ast.Ident name, Ast.Ident exchange, Ast.Expr bound, Ast.Expr guard, Span span) {}

    private EpochPipelining() {}

    /** The backup copy of {@code var} in pipelined exchange {@code composite}. */
    public static String backup(String composite, String var) { return composite + "_" + var; }

    /** The epoch counter of pipelined exchange {@code composite}. */
    public static String epochVar(String composite) { return composite + "_epoch"; }

    /** The auto action that ends an epoch of pipelined exchange {@code composite}. */
    public static String endAction(String composite) { return composite + "_end"; }

    /** Replaces, in {@code actions} and {@code vars}, each pipelined exchange by its composite, backups and end. */
    static void desugar(String role, List<Ast.VarDecl> vars, List<Ast.ActionDecl> actions, List<Decl> decls,
                        Diagnostics diags) {
        Set<String> used = new HashSet<>();
        for (Decl d : decls) {
            Ast.ActionDecl a = exchange(role, d, actions, used, diags);
            if (a == null || !assignmentsOnly(d, a, diags)) continue;
            List<Ast.VarDecl> written = written(a, vars);
            if (!repeatable(d, written, diags) || !namesFree(role, d, a, written, vars, actions, diags)) continue;
            String e = d.name().name();
            Span at = d.span();
            Ast.Ident epoch = new Ast.Ident(epochVar(e), at);
            // The checker finds a variable's declaration by its span: each added variable gets one of its own.
            vars.add(new Ast.VarDecl(epoch, new Ast.NamedType(new Ast.Ident("int", at), at), false,
                    new Ast.IntLit(0, at), false, false, null, d.name().span()));
            for (Ast.VarDecl x : written) {
                vars.add(new Ast.VarDecl(new Ast.Ident(backup(e, x.name().name()), at), x.type(), false, x.init(),
                        x.durable(), x.ghost(), x.stable(), x.name().span()));
            }
            actions.set(actions.indexOf(a), pipelined(d, a, written));
            actions.add(end(d, written));
        }
    }

    private static Ast.ActionDecl exchange(String role, Decl d, List<Ast.ActionDecl> actions, Set<String> used,
                                           Diagnostics diags) {
        for (Ast.ActionDecl a : actions) {
            if (a.name().name().equals(d.exchange().name()) && a.trigger() instanceof Ast.Exchange
                    && used.add(a.name().name())) {
                return a;
            }
        }
        diags.error(Code.EPOCH_NOT_AN_EXCHANGE, d.exchange().span(), "'" + d.exchange().name() + "' is not an"
                + " exchange of role " + role + " that no other 'compose epochs' pipelines",
                "pipeline an exchange declared in this role");
        return null;
    }

    private static boolean assignmentsOnly(Decl d, Ast.ActionDecl a, Diagnostics diags) {
        for (Ast.Stmt s : a.body()) {
            if (!(s instanceof Ast.Assign || s instanceof Ast.PeerAssign || s instanceof Ast.Skip)) {
                diags.error(Code.EPOCH_UNSUPPORTED, s.span(), "exchange " + a.name().name() + ", pipelined by "
                        + d.name().name() + ", has a statement that is not an assignment",
                        "move timer control to another action");
                return false;
            }
        }
        return true;
    }

    /** The role's variables that {@code a} writes (on either node), in declaration order. */
    private static List<Ast.VarDecl> written(Ast.ActionDecl a, List<Ast.VarDecl> vars) {
        Set<String> names = new HashSet<>(Compositions.writes(a));
        List<Ast.VarDecl> out = new ArrayList<>();
        for (Ast.VarDecl v : vars) if (names.contains(v.name().name())) out.add(v);
        return out;
    }

    /**
     * The factory re-evaluates each written variable's initial expression at an epoch's end: it must be one
     * expression ({@code \in} chooses among many: which would the fresh instance take?) that reads none of the
     * variables the instance writes (their values are no longer the initial ones).
     */
    private static boolean repeatable(Decl d, List<Ast.VarDecl> written, Diagnostics diags) {
        Set<String> names = new HashSet<>();
        for (Ast.VarDecl x : written) names.add(x.name().name());
        for (Ast.VarDecl x : written) {
            String why = null;
            if (x.init() == null) why = "has no initial expression";
            else if (x.initFromSet()) why = "starts anywhere in a set (\\in)";
            else {
                Set<String> read = new LinkedHashSet<>();
                AstWalk.forEach(x.init(), e -> {
                    if (e instanceof Ast.Name n && names.contains(n.name())) read.add(n.name());
                });
                if (!read.isEmpty()) why = "starts from '" + read.iterator().next() + "', which the exchange writes";
            }
            if (why != null) {
                diags.error(Code.EPOCH_INIT_NOT_REPEATABLE, x.name().span(), "'" + x.name().name() + "', written by "
                        + d.exchange().name() + ", " + why + ": " + d.name().name() + " cannot restart it at an"
                        + " epoch's end", "give it '= e' with e reading only constants and variables the exchange"
                        + " does not write (e.g. keep the choice in its own variable: 'var v: T \\in S' and"
                        + " 'var x: T = v')");
                return false;
            }
        }
        return true;
    }

    private static boolean namesFree(String role, Decl d, Ast.ActionDecl a, List<Ast.VarDecl> written, List<Ast.VarDecl> vars,
                                     List<Ast.ActionDecl> actions, Diagnostics diags) {
        String e = d.name().name();
        Set<String> taken = new HashSet<>();
        for (Ast.VarDecl v : vars) taken.add(v.name().name());
        for (Ast.ActionDecl x : actions) if (x != a) taken.add(x.name().name());
        List<String> added = new ArrayList<>(List.of(e, epochVar(e), endAction(e)));
        for (Ast.VarDecl x : written) added.add(backup(e, x.name().name()));
        Set<String> seen = new HashSet<>();
        for (String n : added) {
            if (taken.contains(n) || !seen.add(n)) {
                diags.error(Code.EPOCH_NAME_CLASH, d.name().span(), "'compose epochs " + e + "' adds '" + n
                        + "', which role " + role + " already has (or which it would add twice)", "rename " + e
                        + " or the clashing variable or action (it adds " + String.join(", ", added) + ")");
                return false;
            }
        }
        return true;
    }

    /** A's guard and the same epoch; A's assignments on both instances. */
    private static Ast.ActionDecl pipelined(Decl d, Ast.ActionDecl a, List<Ast.VarDecl> written) {
        Span at = d.span();
        String e = d.name().name();
        String peer = a.params().get(0).name().name();
        Ast.Expr sameEpoch = new Ast.Binary(BinaryOp.EQ, new Ast.Name(epochVar(e), at),
                new Ast.Field(new Ast.Name(peer, at), new Ast.Ident(epochVar(e), at), at), at);
        Ast.Expr guard = a.guard() == null ? sameEpoch : new Ast.Binary(BinaryOp.AND, a.guard(), sameEpoch, at);
        Set<String> names = new HashSet<>();
        for (Ast.VarDecl x : written) names.add(x.name().name());
        AstRenamer toBackup = new AstRenamer(new ToBackup(e, peer, names));
        List<Ast.Stmt> body = new ArrayList<>(a.body());
        for (Ast.Stmt s : a.body()) {
            switch (s) {
                case Ast.Assign asg -> body.add(new Ast.Assign(renamed(e, asg.var()), toBackup.expr(asg.value()),
                        asg.span()));
                case Ast.PeerAssign pa -> body.add(new Ast.PeerAssign(pa.peer(), renamed(e, pa.var()),
                        toBackup.expr(pa.value()), pa.span()));
                case Ast.Skip skip -> { }
                case Ast.Send send -> throw new IllegalStateException("refused by assignmentsOnly()");
                case Ast.TimerControl tc -> throw new IllegalStateException("refused by assignmentsOnly()");
            }
        }
        return new Ast.ActionDecl(d.name(), a.trigger(), a.fairness(), a.params(), guard, body, a.span());
    }

    /** {@code fair auto action E_end when G /\ E_epoch < N do E_epoch' = E_epoch + 1, x' = E_x, E_x' = init(x)}. */
    private static Ast.ActionDecl end(Decl d, List<Ast.VarDecl> written) {
        Span at = d.span();
        String e = d.name().name();
        Ast.Ident epoch = new Ast.Ident(epochVar(e), at);
        Ast.Expr more = new Ast.Binary(BinaryOp.LT, new Ast.Name(epoch.name(), at), d.bound(), at);
        Ast.Expr guard = d.guard() == null ? more : new Ast.Binary(BinaryOp.AND, d.guard(), more, at);
        List<Ast.Stmt> body = new ArrayList<>();
        body.add(new Ast.Assign(epoch, new Ast.Binary(BinaryOp.PLUS, new Ast.Name(epoch.name(), at),
                new Ast.IntLit(1, at), at), at));
        for (Ast.VarDecl x : written) {
            Ast.Ident copy = new Ast.Ident(backup(e, x.name().name()), at);
            body.add(new Ast.Assign(new Ast.Ident(x.name().name(), at), new Ast.Name(copy.name(), at), at));
            body.add(new Ast.Assign(copy, x.init(), at));
        }
        return new Ast.ActionDecl(new Ast.Ident(endAction(e), at), new Ast.Auto(), Ast.Fairness.WEAK, List.of(),
                guard, body, at);
    }

    private static Ast.Ident renamed(String composite, Ast.Ident var) {
        return new Ast.Ident(backup(composite, var.name()), var.span());
    }

    /** Reads of the written variables, on the node ({@code x}, {@code self.x}) and on its peer, become reads of their backups. */
    private record ToBackup(String composite, String peer, Set<String> written) implements AstRenamer.Renaming {
        @Override
        public Ast.Expr name(Ast.Name name) {
            return written.contains(name.name()) ? new Ast.Name(backup(composite, name.name()), name.span()) : name;
        }

        @Override
        public String callee(String name) { return name; }

        @Override
        public String message(String name) { return name; }

        @Override
        public Ast.Expr field(Ast.Field original, Ast.Expr target) {
            boolean ofPeer = target instanceof Ast.Name n && n.name().equals(peer) || target instanceof Ast.SelfExpr;
            return new Ast.Field(target, ofPeer && written.contains(original.field().name())
                    ? renamed(composite, original.field()) : original.field(), original.span());
        }
    }
}
