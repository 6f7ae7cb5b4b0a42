package dev.lockstep.lang.analysis;

import dev.lockstep.lang.analysis.MonotonicityReport.ActionResult;
import dev.lockstep.lang.analysis.MonotonicityReport.RoleResult;
import dev.lockstep.lang.analysis.MonotonicityReport.VarOrder;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CALM analysis (seed 003, §4.1): an action is monotone when every variable it assigns moves up a lattice
 * ({@link LatticeUpdates}) in the same direction as in the role's other actions, and its guard is upward-closed
 * ({@link StateTrends}). Everything else is a coordination point: a guard that can turn false as the state grows
 * (a test of absence, an equality, a bound from above), a variable reset or overwritten, a timer (a decision on
 * the absence of messages), a crash that forgets a growing variable.
 */
public final class Monotonicity {
    private Monotonicity() {}

    public static MonotonicityReport analyze(CheckedSpec spec) {
        List<RoleResult> roles = new ArrayList<>();
        for (CheckedSpec.Role role : spec.roles()) roles.add(role(spec, role));
        return new MonotonicityReport(spec.name(), MonotonicityReport.SYNTACTIC, roles);
    }

    private static RoleResult role(CheckedSpec spec, CheckedSpec.Role role) {
        List<CheckedSpec.Action> actions = new ArrayList<>(role.actions());
        if (role.restart() != null) actions.add(role.restart());
        // How each assignment moves its variable, then how each variable moves across the role.
        // An exchange's write to its peer moves the peer's copy of the variable: judged the same way, its old value
        // being the peer's (Role[peer].x).
        Map<Stmt, Trend> moves = new LinkedHashMap<>();
        for (CheckedSpec.Action a : actions) {
            LatticeUpdates updates = new LatticeUpdates(Exprs.conjuncts(a.guard()));
            for (Stmt s : a.effects()) {
                switch (s) {
                    case Stmt.Assign as -> {
                        CheckedSpec.Var v = role.vars().get(as.varIndex());
                        moves.put(as, updates.move(as.value(), v.type(),
                                e -> e instanceof Expr.VarRef r && r.varIndex() == v.index()));
                    }
                    case Stmt.PeerAssign pa -> {
                        CheckedSpec.Var v = role.vars().get(pa.varIndex());
                        moves.put(pa, updates.move(pa.value(), v.type(), e -> e instanceof Expr.RemoteVar r
                                && r.varIndex() == v.index() && r.node() instanceof Expr.Local l
                                && l.slot() == pa.peer().slot()));
                    }
                    case Stmt.Send send -> { }
                    case Stmt.TimerControl t -> { }
                }
            }
        }
        Map<Integer, Trend> varTrends = new HashMap<>();
        List<VarOrder> vars = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) {
            Trend t = Trend.CONST;
            for (Map.Entry<Stmt, Trend> m : moves.entrySet()) {
                if (assignedVar(m.getKey()) != v.index()) continue;
                t = m.getValue() == Trend.NONE ? Trend.NONE : t.with(m.getValue());
            }
            varTrends.put(v.index(), t);
            vars.add(new VarOrder(v.name(), t));
        }
        StateTrends trends = new StateTrends(spec, varTrends);
        List<ActionResult> results = new ArrayList<>();
        for (CheckedSpec.Action a : actions) results.add(action(role, a, moves, varTrends, trends));
        List<Point> rolePoints = new ArrayList<>();
        if (role.crashes()) {
            for (CheckedSpec.Var v : role.vars()) {
                Trend t = varTrends.get(v.index());
                if (!v.durable() && (t == Trend.UP || t == Trend.DOWN)) {
                    rolePoints.add(new Point(v.span(), "a crash resets `" + v.name() + "` to its initial value"));
                }
            }
        }
        return new RoleResult(role.name(), vars, results, rolePoints);
    }

    /** The index of the variable an assignment (own or to the exchange's peer) writes. */
    private static int assignedVar(Stmt s) {
        return switch (s) {
            case Stmt.Assign as -> as.varIndex();
            case Stmt.PeerAssign pa -> pa.varIndex();
            case Stmt.Send send -> -1;
            case Stmt.TimerControl t -> -1;
        };
    }

    private static ActionResult action(CheckedSpec.Role role, CheckedSpec.Action a, Map<Stmt, Trend> moves,
                                       Map<Integer, Trend> varTrends, StateTrends trends) {
        List<Point> points = new ArrayList<>();
        String name = a == role.restart() ? "restart" : a.name();
        switch (a.trigger()) {
            case CheckedSpec.Trigger.Timer t ->
                    points.add(new Point(a.span(), "a timer: it acts on the absence of messages, after a timeout"));
            case CheckedSpec.Trigger.OnReceiveAll q -> {
                upwardClosed(trends, q.from(), "the set of senders", points);
                upwardClosed(trends, q.filter(), "the filter", points);
            }
            case CheckedSpec.Trigger.OnReceive r -> { }
            case CheckedSpec.Trigger.Auto au -> { }
            case CheckedSpec.Trigger.Input in -> { }
            case CheckedSpec.Trigger.Exchange x -> { } // its view is the first parameter's domain, judged below
        }
        for (CheckedSpec.Param p : a.params()) upwardClosed(trends, p.domain(), "the parameter domain", points);
        for (Expr g : Exprs.conjuncts(a.guard())) upwardClosed(trends, g, "the guard", points);
        for (Stmt s : a.effects()) {
            switch (s) {
                case Stmt.Assign as -> {
                    Trend move = moves.get(as);
                    Trend var = varTrends.get(as.varIndex());
                    if (move == Trend.NONE) {
                        points.add(new Point(as.span(), "`" + as.var() + "` does not move up a lattice here"));
                    } else if (move != Trend.CONST && var == Trend.NONE) {
                        points.add(new Point(as.span(), "`" + as.var()
                                + "` moves here, but other actions of the role move it off its lattice"));
                    }
                }
                case Stmt.PeerAssign pa -> {
                    if (moves.get(pa) == Trend.NONE) {
                        points.add(new Point(pa.span(), "the peer's `" + pa.var() + "` does not move up a lattice here"));
                    }
                }
                case Stmt.Send send -> { }
                case Stmt.TimerControl t -> { }
            }
        }
        return new ActionResult(name, points);
    }

    private static void upwardClosed(StateTrends trends, Expr e, String what, List<Point> points) {
        Trend t = trends.of(e);
        if (t.upwardClosed()) return;
        points.add(new Point(e.span(), what + " is not upward-closed: " + (t == Trend.DOWN
                ? "it can turn false as the state grows" : "an equality, a negation or a variable off its lattice")));
    }
}
