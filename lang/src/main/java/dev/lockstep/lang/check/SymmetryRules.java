package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static rules of {@code symmetric C} in a model (docs/language.md, section 13). Symmetry reduction explores one
 * state per orbit under the permutations of each symmetric node set, which is sound only when every permuted state
 * behaves alike: the symmetric constants are node sets (LS215, once each: LS219), no temporal property is checked
 * (LS217: TLC and the explorer only reduce safety checking), and nothing the model evaluates depends on the order of
 * node names (LS216: CHOOSE over nodes, the one such operation; {@code <} and {@code Min}/{@code Max} take integers
 * only). Whether a constant's value singles out some nodes of a symmetric set (LS218) needs the values, so
 * {@code ModelInstance.bind} decides it.
 */
final class SymmetryRules {
    private final Diagnostics diags;

    SymmetryRules(Diagnostics diags) {
        this.diags = diags;
    }

    /** The model's {@code symmetric} constants, each a known {@code set<node>} constant named once. */
    List<CheckedSpec.Symmetric> resolve(Ast.ModelDecl m, Map<String, CheckedSpec.Const> consts,
                                        List<String> properties) {
        List<CheckedSpec.Symmetric> out = new ArrayList<>();
        Map<String, Span> seen = new HashMap<>();
        for (Ast.Ident id : m.symmetric()) {
            CheckedSpec.Const c = consts.get(id.name());
            if (c == null || !(c.type() instanceof Type.SetOf s && s.element() instanceof Type.Node)) {
                String what = c == null ? "'" + id.name() + "' is not a declared constant"
                        : "constant " + c.name() + " has type " + c.type();
                diags.error(Code.SYMMETRY_NOT_NODE_SET, id.span(), "model " + m.name().name() + " declares "
                        + id.name() + " symmetric, but " + what, "only a constant of type set<node> can be symmetric:"
                        + " its nodes are interchangeable model values; integers, enums and single nodes are not");
                continue;
            }
            Span first = seen.putIfAbsent(c.name(), id.span());
            if (first != null) {
                diags.error(Code.SYMMETRIC_TWICE, id.span(), "model " + m.name().name() + " declares " + c.name()
                        + " symmetric twice", "first declared at " + first.location());
                continue;
            }
            out.add(new CheckedSpec.Symmetric(c.name(), c.index(), id.span()));
        }
        if (!out.isEmpty() && !properties.isEmpty()) {
            Span where = m.checks().stream().filter(id -> properties.contains(id.name())).map(Ast.Ident::span)
                    .findFirst().orElse(m.name().span());
            diags.error(Code.SYMMETRY_WITH_PROPERTY, where, "model " + m.name().name()
                    + " declares symmetry and checks the temporal " + (properties.size() == 1 ? "property " : "properties ")
                    + String.join(", ", properties), "symmetry reduction is unsound for liveness (TLC warns so "
                    + "too); check the properties in a model without 'symmetric'"
                    + (m.checks().isEmpty() ? ", and name this model's invariants with 'check'" : ""));
        }
        return out;
    }

    /**
     * LS216 at every CHOOSE over node-typed values that a model with symmetry evaluates: its roles, its invariants,
     * its constraint, and the definitions they call. The checker cannot tell which node set a node value comes from,
     * so every such CHOOSE counts.
     */
    void refuseOrderDependence(CheckedSpec spec) {
        Set<Span> reported = new HashSet<>();
        for (CheckedSpec.Model m : spec.models()) {
            if (m.symmetric().isEmpty()) continue;
            for (Expr root : roots(spec, m)) {
                Exprs.forEach(root, e -> {
                    if (e instanceof Expr.Choose c && Type.canHoldNode(c.var().type()) && reported.add(c.span())) {
                        diags.error(Code.SYMMETRY_ORDER_DEPENDENT, c.span(), "CHOOSE " + c.var().name()
                                + " (a " + c.var().type() + ") picks by the order of node names, so model " + m.name() + " cannot declare "
                                + m.symmetric().get(0).constant() + " symmetric",
                                "with symmetry the search keeps one of several symmetric states, and this CHOOSE "
                                + "could pick differently in the others; drop 'symmetric' from the model, or "
                                + "choose by a property that does not depend on node names");
                    }
                });
            }
        }
    }

    /** Every expression the model evaluates, definitions they call included (each once). */
    private static List<Expr> roots(CheckedSpec spec, CheckedSpec.Model m) {
        List<Expr> roots = new ArrayList<>(Exprs.roleRoots(spec));
        for (CheckedSpec.Invariant inv : spec.invariants()) {
            if (m.invariants().contains(inv.name())) roots.add(inv.body());
        }
        if (m.constraint() != null) roots.add(m.constraint());
        Map<Integer, CheckedSpec.Def> defs = new HashMap<>();
        for (CheckedSpec.Def d : spec.defs()) defs.put(d.index(), d);
        Set<Integer> called = new HashSet<>();
        Deque<Expr> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Exprs.forEach(pending.pop(), e -> {
                if (e instanceof Expr.DefCall call && called.add(call.defIndex())
                        && defs.containsKey(call.defIndex())) {
                    Expr body = defs.get(call.defIndex()).body();
                    roots.add(body);
                    pending.push(body);
                }
            });
        }
        return roots;
    }
}
