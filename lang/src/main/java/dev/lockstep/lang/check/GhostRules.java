package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks ghost variables (docs/language.md, "Ghost variables"). The generated node has no ghost state, so nothing
 * it computes may read one: a guard, a parameter domain, a quorum receive's senders and filter, a sent message, an
 * assignment to an ordinary variable, an ordinary variable's initializer (LS243). Only ghost assignments and the
 * global formulas (invariants, properties, init predicates) read them. A ghost variable has one initial value
 * (LS244), so that conformance can compute it from the trace alone.
 */
final class GhostRules {
    private GhostRules() {}

    static void check(CheckedSpec.Role role, Diagnostics diags) {
        Set<Integer> ghosts = role.vars().stream().filter(CheckedSpec.Var::ghost).map(CheckedSpec.Var::index)
                .collect(Collectors.toSet());
        if (ghosts.isEmpty()) return;
        for (CheckedSpec.Var v : role.vars()) {
            if (v.ghost() && v.initFromSet()) {
                diags.error(Code.GHOST_INIT_FROM_SET, v.init().span(), "ghost variable " + v.name() + " starts from a"
                        + " set of values", "give it one initial value (= e): conformance computes a ghost variable"
                        + " from the trace, and a trace cannot say which initial value it had");
            }
            if (!v.ghost()) refuse(v.init(), ghosts, role, "the initial value of " + v.name(), diags);
        }
        for (CheckedSpec.Action a : role.actions()) {
            String in = " of action " + a.qualifiedName();
            for (CheckedSpec.Param p : a.params()) refuse(p.domain(), ghosts, role, "a parameter domain" + in, diags);
            if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                refuse(all.from(), ghosts, role, "the senders" + in, diags);
                refuse(all.filter(), ghosts, role, "the filter" + in, diags);
            }
            refuse(a.guard(), ghosts, role, "the guard" + in, diags);
            for (Stmt s : a.effects()) {
                switch (s) {
                    case Stmt.Assign asg -> {
                        if (!ghosts.contains(asg.varIndex())) {
                            refuse(asg.value(), ghosts, role, "the new value of " + asg.var() + in, diags);
                        }
                    }
                    case Stmt.PeerAssign asg -> {
                        if (!ghosts.contains(asg.varIndex())) {
                            refuse(asg.value(), ghosts, role, "the peer's new value of " + asg.var() + in, diags);
                        }
                    }
                    case Stmt.Send send -> {
                        for (Expr e : send.values()) refuse(e, ghosts, role, "a sent " + send.messageType() + in, diags);
                        refuse(send.to(), ghosts, role, "the target of a send" + in, diags);
                    }
                    case Stmt.TimerControl t -> { }
                }
            }
        }
    }

    private static String varName(Expr e) {
        return e instanceof Expr.VarRef v ? v.var() : ((Expr.RemoteVar) e).var();
    }

    private static void refuse(Expr e, Set<Integer> ghosts, CheckedSpec.Role role, String what, Diagnostics diags) {
        if (e == null) return;
        Exprs.forEach(e, x -> {
            // An exchange reads its peer's variables (Role[peer].v) as well as its own.
            boolean ghostRead = x instanceof Expr.VarRef v ? v.role().equals(role.name()) && ghosts.contains(v.varIndex())
                    : x instanceof Expr.RemoteVar r && r.role().equals(role.name()) && ghosts.contains(r.varIndex());
            if (ghostRead) {
                diags.error(Code.GHOST_READ_BY_NODE, x.span(), what + " reads ghost variable " + varName(x),
                        "the generated node has no ghost state: only ghost assignments, invariants, properties and"
                                + " init predicates may read " + varName(x));
            }
        });
    }
}
