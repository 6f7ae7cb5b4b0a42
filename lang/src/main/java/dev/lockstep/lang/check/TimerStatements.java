package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks {@code restart T} and {@code cancel T}: {@code T} must be a timer action of the acting node's own role
 * (a node controls only its own timers), and one action controls a timer at most once (restarting and cancelling
 * it in one step would leave its run-time state to statement order, which effects otherwise never depend on).
 */
final class TimerStatements {
    private final Diagnostics diags;
    /** Every role's actions by name, role by role; an action may be named before it is declared. */
    private final Map<String, Map<String, Ast.ActionDecl>> actionsByRole = new HashMap<>();

    TimerStatements(Ast.Spec spec, Diagnostics diags) {
        this.diags = diags;
        for (Ast.Decl d : spec.decls()) {
            if (!(d instanceof Ast.RoleDecl r)) continue;
            Map<String, Ast.ActionDecl> actions = actionsByRole.computeIfAbsent(r.name().name(), k -> new HashMap<>());
            for (Ast.ActionDecl a : r.actions()) actions.putIfAbsent(a.name().name(), a);
        }
    }

    /** The checked statement, or null after reporting why not; {@code controlled} holds the action's earlier ones. */
    Stmt check(String role, Ast.TimerControl tc, Map<String, Span> controlled) {
        String name = tc.action().name();
        Stmt.TimerOp op = tc.op() == Ast.TimerOp.RESTART ? Stmt.TimerOp.RESTART : Stmt.TimerOp.CANCEL;
        String verb = op.keyword();
        Ast.ActionDecl target = actionsByRole.getOrDefault(role, Map.of()).get(name);
        if (target == null) {
            String owner = actionsByRole.entrySet().stream().filter(e -> e.getValue().containsKey(name))
                    .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
            if (owner != null) {
                diags.error(Code.TIMER_OF_OTHER_ROLE, tc.action().span(), "role " + role + " cannot " + verb + " '"
                        + name + "', an action of role " + owner, "a node controls only its own timers; send "
                        + owner + " a message instead");
            } else {
                diags.error(Code.UNKNOWN_TIMER, tc.action().span(), "role " + role + " has no action '" + name
                        + "' to " + verb);
            }
            return null;
        }
        if (!(target.trigger() instanceof Ast.Timer)) {
            diags.error(Code.NOT_A_TIMER, tc.action().span(), "'" + name + "' is not a timer action, so it has no "
                    + "timer to " + verb, "declare it as timer(lo..hi) action " + name);
            return null;
        }
        Span previous = controlled.putIfAbsent(name, tc.span());
        if (previous != null) {
            diags.error(Code.TIMER_CONTROLLED_TWICE, tc.span(), "the timer of '" + name + "' is controlled twice "
                    + "in this action", "first at " + previous.location() + "; keep one restart or cancel");
            return null;
        }
        return new Stmt.TimerControl(op, name, tc.span());
    }
}
