package dev.lockstep.spectojava;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A layered role's reads of the roles below it ({@code reads L}: {@code L[self].x}, and in an exchange
 * {@code L[peer].x}; docs/gossip.md "Layers"). In generated Java the machine reads {@code L}'s current state on its
 * node through the runtime's {@code Layers} (the runtime runs a node's roles together, ColocatedMachine); an
 * exchange's messages carry the lower-layer fields the other side reads ({@link ExchangeSplit}).
 */
final class LayerReads {
    private LayerReads() {}

    /** Whether {@code r}, read in an action of {@code role}, is a read of a lower layer (not of the peer's own role). */
    static boolean isLayerRead(CheckedSpec.Role role, Expr.RemoteVar r) {
        return r.roleIndex() != role.index();
    }

    /** The roles {@code role}'s actions read, in spec order (empty: not a layered role). */
    static List<String> of(CheckedSpec.Role role) {
        TreeMap<Integer, String> out = new TreeMap<>();
        List<CheckedSpec.Action> actions = new ArrayList<>(role.actions());
        if (role.restart() != null) actions.add(role.restart());
        for (CheckedSpec.Action a : actions) {
            List<Expr> roots = new ArrayList<>(List.of(a.guard()));
            for (CheckedSpec.Param p : a.params()) roots.add(p.domain());
            if (a.trigger() instanceof CheckedSpec.Trigger.Exchange x && x.weight() != null) roots.add(x.weight());
            if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                roots.add(all.from());
                if (all.filter() != null) roots.add(all.filter());
            }
            roots.addAll(Exprs.effectRoots(a.effects()));
            for (Expr root : roots) {
                Exprs.forEach(root, e -> {
                    if (e instanceof Expr.RemoteVar r && isLayerRead(role, r)) out.put(r.roleIndex(), r.role());
                });
            }
        }
        return List.copyOf(out.values());
    }

    /** {@code L[..].x} read from this node's layer L: {@code ((LState) layers.state("L")).x()}. */
    static ExprTranslator.JExpr onThisNode(TypeMapper types, Expression layers, Expr.RemoteVar r) {
        Expression state = new EnclosedExpr(new CastExpr(J.type(types.states.get(r.role())),
                J.call(layers, "state", J.str(r.role()))));
        return new ExprTranslator.JExpr(J.call(state, Names.member(r.var())), TypeMapper.isPrimitive(r.type()));
    }

    /** The message component that carries {@code L[..].x} to the other side of an exchange. */
    static String component(Expr.RemoteVar r) {
        return Names.member(Names.decapitalize(r.role()) + Names.capitalize(r.var()));
    }

    /** Its ITF field name in the message. */
    static String itfField(Expr.RemoteVar r) { return r.role() + "." + r.var(); }
}
