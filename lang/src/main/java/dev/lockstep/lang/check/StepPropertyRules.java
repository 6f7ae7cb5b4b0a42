package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/**
 * Transition properties and fairness groups (docs/language.md, section 12): the declarations about steps rather
 * than states.
 */
final class StepPropertyRules {
    private StepPropertyRules() {}

    /**
     * A property with a primed read must be {@code [](P)} with {@code P} free of temporal operators: TLA+'s
     * {@code [][P]_vars}, a constraint on every step. Anything else (a prime under {@code <>}, a temporal operator
     * beside the primes) is LS240.
     */
    static void checkTransition(CheckedSpec.Property p, Diagnostics diags) {
        Expr prime = first(p.body(), x -> x instanceof Expr.Primed);
        if (prime == null) return;
        Expr step = p.transition();
        Expr temporal = step == null ? null : first(step, StepPropertyRules::temporal);
        if (step == null || temporal != null) {
            diags.error(Code.BAD_TRANSITION_PROPERTY, temporal != null ? temporal.span() : prime.span(),
                    "property " + p.name() + " reads the next state (e'), so it must be a transition property"
                            + " [](P) with no temporal operator in P",
                    "write  property " + p.name() + " == [](before => after')  : P holds on every step");
        }
    }

    private static boolean temporal(Expr e) {
        return e instanceof Expr.Unary u && u.op().isTemporal()
                || e instanceof Expr.Binary b && b.op() == BinaryOp.LEADSTO;
    }

    private static Expr first(Expr root, java.util.function.Predicate<Expr> test) {
        Expr[] found = new Expr[1];
        Exprs.forEach(root, x -> {
            if (found[0] == null && test.test(x)) found[0] = x;
        });
        return found[0];
    }

    /** {@code fair group}: its members resolved to the actions they name (LS242 for a name that names none). */
    static CheckedSpec.FairGroup fairGroup(Ast.FairGroupDecl g, List<CheckedSpec.Role> roles, Diagnostics diags) {
        List<CheckedSpec.Action> actions = new ArrayList<>();
        for (Ast.ActionRef ref : g.actions()) {
            CheckedSpec.Role role = roles.stream().filter(r -> r.name().equals(ref.role().name())).findFirst()
                    .orElse(null);
            CheckedSpec.Action action = role == null ? null : role.actions().stream()
                    .filter(a -> a.name().equals(ref.action().name())).findFirst().orElse(null);
            if (action == null) {
                String what = role == null ? "no role " + ref.role().name()
                        : "role " + role.name() + " has no action " + ref.action().name();
                diags.error(Code.UNKNOWN_FAIR_ACTION, ref.action().span(), "fair group " + g.name().name()
                        + " names " + ref.role().name() + "." + ref.action().name() + ", but there is " + what,
                        "list actions as Role.Action; a receive action is named Receive<Type> unless named with 'as'");
            } else if (!actions.contains(action)) {
                actions.add(action);
            }
        }
        return new CheckedSpec.FairGroup(g.name().name(), g.strong(), actions, g.span());
    }
}
