package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks crash and recovery (docs/language.md, "Crash and recovery"): {@code durable} only in a role that crashes
 * (elsewhere it would mean nothing); a crashing role's volatile variables have one initial value, the one a crash
 * resets them to; and a model bounds the crashes exactly when some role crashes, since the count of crashes so far
 * is part of every state.
 */
final class CrashRules {
    private CrashRules() {}

    static void checkVar(Ast.RoleDecl role, Ast.VarDecl var, Diagnostics diags) {
        if (var.durable() && !role.crashes()) {
            diags.error(Code.DURABLE_WITHOUT_CRASHES, var.span(), "variable " + var.name().name() + " is durable, but"
                    + " role " + role.name().name() + " does not crash", "declare the role  role "
                    + role.name().name() + " at ... crashes { ... }, or drop 'durable'");
        }
        if (role.crashes() && !var.durable() && var.initFromSet()) {
            diags.error(Code.VOLATILE_INIT_FROM_SET, var.init().span(), "volatile variable " + var.name().name()
                    + " of crashing role " + role.name().name() + " starts from a set of values, so a crash would"
                    + " not say which one it resets to", "give it one initial value (= e), or make it durable");
        }
    }

    /**
     * The role's {@code on restart} as an action to check like any other: no parameters, no guard, named
     * {@code Restart}, an {@code auto} trigger that nothing enumerates. Reports an {@code on restart} in a role that
     * never crashes and drops (after reporting) its timer statements: the runtime re-arms the enabled timers at
     * recovery, so {@code restart T} there would say nothing and {@code cancel T} would differ from it.
     */
    static Ast.ActionDecl restartAction(Ast.RoleDecl role, Diagnostics diags) {
        Ast.RestartDecl r = role.restart();
        if (!role.crashes()) {
            diags.error(Code.RESTART_WITHOUT_CRASHES, r.span(), "role " + role.name().name() + " has an 'on restart'"
                    + " action, but does not crash", "declare the role  role " + role.name().name()
                    + " at ... crashes { ... }, or drop 'on restart'");
        }
        List<Ast.Stmt> body = new ArrayList<>();
        for (Ast.Stmt s : r.body()) {
            if (s instanceof Ast.TimerControl tc) {
                diags.error(Code.RESTART_TIMER_STATEMENT, tc.span(), "a timer statement in 'on restart'",
                        "at recovery the runtime arms the timer of every enabled timer action; drop the statement");
            } else {
                body.add(s);
            }
        }
        return new Ast.ActionDecl(new Ast.Ident(RESTART, r.span()), new Ast.Auto(), Ast.Fairness.NONE, List.of(),
                null, body, r.span());
    }

    /** The name of the {@code on restart} action in the IR (the action's name in every backend). */
    private static final String RESTART = "Restart";

    /** The model's crash bound, 0 when no role crashes; reports a bound without crashes and crashes without one. */
    static int bound(Ast.ModelDecl model, List<CheckedSpec.Role> roles, Diagnostics diags) {
        CheckedSpec.Role crashing = roles.stream().filter(CheckedSpec.Role::crashes).findFirst().orElse(null);
        if (crashing == null) {
            if (model.crashes() != null) {
                diags.error(Code.CRASH_BOUND_WITHOUT_CRASHES, model.crashes().span(), "model "
                        + model.name().name() + " bounds the crashes, but no role crashes",
                        "declare a role that crashes:  role R at Nodes crashes { ... }");
            }
            return 0;
        }
        if (model.crashes() == null) {
            diags.error(Code.CRASHES_UNBOUNDED, model.name().span(), "role " + crashing.name() + " crashes, but model "
                    + model.name().name() + " does not bound the crashes", "add  crashes N  to the model: at most N"
                    + " crash steps in a run (the count is part of the state)");
            return 0;
        }
        long n = model.crashes().value();
        if (n > 1000) {
            diags.error(Code.CRASHES_UNBOUNDED, model.crashes().span(), "model " + model.name().name()
                    + " allows " + n + " crashes; a crash bound is at most 1000");
            return 0;
        }
        return (int) n;
    }
}
