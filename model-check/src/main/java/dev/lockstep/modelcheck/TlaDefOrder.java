package dev.lockstep.modelcheck;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spec's definitions in an order TLA+ accepts: each after the ones it calls. A spec may use a definition
 * before declaring it, and an invariant used as a predicate becomes a definition when first used, but a TLA+
 * operator must be defined before its use. Definitions are not recursive (LS209), so the order exists; among
 * independent ones the spec's order is kept.
 */
final class TlaDefOrder {
    private TlaDefOrder() {}

    static List<CheckedSpec.Def> ordered(CheckedSpec spec) {
        Set<Integer> placed = new LinkedHashSet<>();
        for (CheckedSpec.Def d : spec.defs()) place(d, spec, placed);
        List<CheckedSpec.Def> out = new ArrayList<>();
        for (int i : placed) out.add(spec.defs().get(i));
        return out;
    }

    private static void place(CheckedSpec.Def d, CheckedSpec spec, Set<Integer> placed) {
        if (placed.contains(d.index())) return;
        List<Integer> callees = new ArrayList<>();
        Exprs.forEach(d.body(), e -> {
            if (e instanceof Expr.DefCall call) callees.add(call.defIndex());
        });
        for (int callee : callees) place(spec.defs().get(callee), spec, placed);
        placed.add(d.index());
    }
}
