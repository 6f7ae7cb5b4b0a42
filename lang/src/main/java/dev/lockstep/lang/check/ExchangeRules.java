package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.StrV;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks exchange actions (docs/language.md, "Exchange actions") and writes their meaning with the IR every backend
 * already knows: the peer is the action's first parameter (its domain the view), {@code peer.x} reads are
 * {@code Role[peer].x}, the guard gains {@code peer /= self}, and {@code may fail} becomes a second parameter
 * {@code outcome} with each side's assignments conditional on it. Only {@code peer.x' = e} is a statement of its own
 * ({@link Stmt.PeerAssign}).
 */
record ExchangeRules(Diagnostics diags, ExprChecker exprs, Symbols symbols) {
    /** The parameter a failing exchange chooses its outcome by. */
    static final String OUTCOME = "outcome";

    /**
     * The checked trigger, once the peer (the one parameter in {@code params}) is declared: the view must be a set
     * of nodes, the weight an int, the rate a positive integer literal. Puts the peer in {@code ctx}, so that
     * {@code peer.x} reads resolve, and appends the {@code outcome} parameter of a failing exchange.
     */
    CheckedSpec.Trigger.Exchange trigger(Ast.Exchange x, List<CheckedSpec.Param> params, Context ctx) {
        CheckedSpec.Param peer = params.get(0);
        exprs.require(peer.domain(), new Type.SetOf(Type.NODE), "an exchange's view");
        ctx.exchangePeer = peer.local();
        Expr weight = x.weight() == null ? null : exprs.check(x.weight(), ctx, Type.INT, "an exchange's weight");
        Expr rate = null;
        if (x.rate() != null) {
            rate = exprs.check(x.rate(), ctx, Type.INT, "an exchange's rate");
            if (!(rate instanceof Expr.Lit l && l.value() instanceof IntV n && n.value() > 0)) {
                diags.error(Code.BAD_EXCHANGE_RATE, rate.span(), "an exchange's rate must be a positive integer"
                        + " literal (exchanges per round)", "as in  rate 1");
            }
        }
        if (x.mayFail()) {
            Expr.Local outcome = ctx.declare(OUTCOME, Type.STRING, x.span());
            List<Expr> names = CheckedSpec.Trigger.Exchange.OUTCOMES.stream()
                    .map(o -> (Expr) new Expr.Lit(new StrV(o), Type.STRING, x.span())).toList();
            params.add(new CheckedSpec.Param(outcome, new Expr.SetLit(names, new Type.SetOf(Type.STRING), x.span())));
        }
        return new CheckedSpec.Trigger.Exchange(peer.local(), weight, rate, x.mayFail(), x.span());
    }

    /**
     * The guard with {@code peer /= self} first (a node never exchanges with itself), then, for a weighted view,
     * {@code w > 0}: the model chooses among the view's support, the peers of positive weight.
     */
    static Expr guard(CheckedSpec.Trigger.Exchange x, Expr guard) {
        Span at = x.peer().span();
        Expr out = new Expr.Binary(BinaryOp.NEQ, x.peer(), new Expr.Self(at), Type.BOOL, at);
        if (x.weight() != null) {
            Expr positive = new Expr.Binary(BinaryOp.GT, x.weight(), new Expr.Lit(IntV.of(0), Type.INT, x.weight().span()),
                    Type.BOOL, x.weight().span());
            out = new Expr.Binary(BinaryOp.AND, out, positive, Type.BOOL, at);
        }
        if (guard instanceof Expr.Lit l && l.value().equals(BoolV.TRUE)) return out;
        return new Expr.Binary(BinaryOp.AND, out, guard, Type.BOOL, guard.span());
    }

    /**
     * {@code p.x' = e}: only in an exchange ({@code LS412}), only on its peer ({@code LS270}), only a variable of the
     * exchanging role ({@code LS413}), at most once per variable. Null after reporting why not.
     */
    Stmt peerAssign(Symbols.RoleSig role, Ast.PeerAssign pa, Context ctx, Map<String, Span> assigned) {
        Expr value = exprs.check(pa.value(), ctx);
        String name = pa.var().name();
        if (ctx.exchangePeer == null) {
            diags.error(Code.PEER_WRITE_OUTSIDE_EXCHANGE, pa.span(), "only an exchange action writes another node's"
                    + " variable, not this action of role " + role.name(), "declare it as  exchange Name with "
                    + pa.peer().name() + " \\in S do ...  or send " + pa.peer().name() + " a message");
            return null;
        }
        if (ctx.lookup(pa.peer().name()) != ctx.exchangePeer) {
            diags.error(Code.NOT_THE_PEER, pa.peer().span(), "'" + pa.peer().name() + "' is not this exchange's"
                    + " peer", "an exchange writes its own variables and those of its peer, '"
                    + ctx.exchangePeer.name() + "'");
            return null;
        }
        Symbols.VarSig v = role.var(name);
        if (v == null) {
            Symbols.RoleSig owner = symbols.roleOwning(name);
            if (owner != null) {
                diags.error(Code.EXCHANGE_WRITES_OTHER_ROLE, pa.var().span(), "an exchange of role " + role.name()
                        + " cannot write '" + name + "', a variable of role " + owner.name(),
                        "an exchange is between two nodes of one role");
            } else {
                exprs.names().unknownVariable(role, pa.var());
            }
            return null;
        }
        Span previous = assigned.putIfAbsent(name, pa.span());
        if (previous != null) {
            diags.error(Code.DOUBLE_ASSIGNMENT, pa.span(), "'" + pa.peer().name() + "." + name + "' is assigned"
                    + " twice in this exchange", "first assigned at " + previous.location());
        }
        exprs.require(value, v.type(), "the new value of " + pa.peer().name() + "." + name);
        return new Stmt.PeerAssign(name, v.index(), role.index(), ctx.exchangePeer, value, pa.span());
    }

    /** An exchange is one step between two nodes: it does not also send messages ({@code LS414}). */
    void noSend(Ast.Send send) {
        diags.error(Code.SEND_IN_EXCHANGE, send.span(), "an exchange does not send messages",
                "the exchange is itself the communication; use another action to send");
    }

    /**
     * The effects of a failing exchange: in outcome "receiver" the initiator's assignments keep the old value, in
     * "initiator" the peer's do. Each side's update is all or nothing, never half applied.
     */
    static List<Stmt> failable(CheckedSpec.Trigger.Exchange x, List<CheckedSpec.Param> params, List<Stmt> effects,
                               Symbols.RoleSig role) {
        Expr.Local outcome = params.get(params.size() - 1).local();
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : effects) {
            out.add(switch (s) {
                case Stmt.Assign a -> {
                    Expr old = new Expr.VarRef(role.name(), a.var(), a.varIndex(), a.value().type(), a.span());
                    yield new Stmt.Assign(a.var(), a.varIndex(), commitsIf(outcome, "receiver", a.value(), old),
                            a.span());
                }
                case Stmt.PeerAssign p -> {
                    Expr old = new Expr.RemoteVar(role.name(), p.roleIndex(), p.peer(), p.var(), p.varIndex(),
                            p.value().type(), p.span());
                    yield new Stmt.PeerAssign(p.var(), p.varIndex(), p.roleIndex(), p.peer(),
                            commitsIf(outcome, "initiator", p.value(), old), p.span());
                }
                case Stmt.Send send -> send;
                case Stmt.TimerControl t -> t;
            });
        }
        return out;
    }

    /** {@code IF outcome /= other THEN value ELSE old}: the side commits unless only {@code other} does. */
    private static Expr commitsIf(Expr.Local outcome, String other, Expr value, Expr old) {
        Span at = value.span();
        Expr commits = new Expr.Binary(BinaryOp.NEQ, outcome, new Expr.Lit(new StrV(other), Type.STRING, at),
                Type.BOOL, at);
        return new Expr.If(commits, value, old, value.type(), at);
    }
}
