package dev.lockstep.lang.refine;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import java.util.List;

/**
 * The {@code Old = merge(New)} entry of a {@link RefinementMap}: an old role on one node is the union of a new
 * role's nodes (the shards {@code lockstep transform partition} writes), variable by variable of the same name;
 * every such variable must be a map, since a shard holds the entries of its own keys only.
 */
final class Merge {
    private Merge() {}

    static void role(CheckedSpec.Role oldRole, String newName, ModelInstance newer, ModelInstance older,
                     int[][] newSlotsOf, List<String> pairs, List<Diagnostic> problems) {
        var at = older.spec().file().span(0, 0);
        CheckedSpec.Role newRole = newer.spec().role(newName).orElse(null);
        if (newRole == null) {
            problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "--map merges " + newName
                    + ", which is not a role of the new spec"));
            return;
        }
        if (older.nodes(oldRole.index()).length != 1) {
            problems.add(Diagnostic.error(Code.REFINEMENT_MODELS_DIFFER, at, "role " + oldRole.name() + " runs on "
                    + older.nodes(oldRole.index()).length + " nodes in the old model; merge(" + newName
                    + ") maps a role on one node to its shards"));
            return;
        }
        int shards = newer.nodes(newRole.index()).length;
        for (CheckedSpec.Var v : oldRole.vars()) {
            CheckedSpec.Var newVar = newRole.vars().stream().filter(x -> x.name().equals(v.name())).findFirst()
                    .orElse(null);
            if (newVar == null || !(v.type() instanceof Type.MapOf) || !v.type().equals(newVar.type())) {
                problems.add(Diagnostic.error(Code.REFINEMENT_MAP_INVALID, at, "merge(" + newName + ") needs a map "
                        + "variable " + newName + "." + v.name() + " of the type of " + oldRole.name() + "."
                        + v.name() + " (" + v.type() + ")", "a shard holds the entries of its own keys only"));
                continue;
            }
            int[] from = new int[shards];
            for (int n = 0; n < shards; n++) from[n] = newer.nodeBase(newRole.index(), n) + newVar.index();
            newSlotsOf[older.nodeBase(oldRole.index(), 0) + v.index()] = from;
        }
        pairs.add(oldRole.name() + " = merge(" + newName + ")");
    }
}
