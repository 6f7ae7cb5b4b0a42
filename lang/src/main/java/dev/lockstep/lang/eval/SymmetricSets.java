package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.NodePermutation;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The node sets a model declares symmetric, as bound, and the binding rule the checker cannot decide without values
 * (LS218): every constant's value must be unchanged by each permutation of each symmetric set. Otherwise the value
 * singles out nodes (a leader {@code r1} of a symmetric {@code RM}, ballots owned per proposer, a ring order, two
 * overlapping symmetric sets), and states that differ by such a permutation do not behave alike. Swapping the first
 * node with each other one generates all the permutations of a set, so checking those swaps is enough.
 */
public final class SymmetricSets {
    private SymmetricSets() {}

    /** The distinct symmetric node sets of a bound model (equal sets counted once), each in canonical order. */
    public static List<NodeV[]> of(CheckedSpec.Model model, Value[] consts) {
        Set<SetV> distinct = new LinkedHashSet<>();
        for (CheckedSpec.Symmetric s : model.symmetric()) distinct.add((SetV) consts[s.index()]);
        List<NodeV[]> out = new ArrayList<>();
        for (SetV set : distinct) {
            NodeV[] nodes = new NodeV[set.size()];
            for (int i = 0; i < nodes.length; i++) nodes[i] = (NodeV) set.get(i);
            out.add(nodes);
        }
        return out;
    }

    /** LS218 for each constant whose value some swap of two nodes of a symmetric set changes (first swap only). */
    static List<Diagnostic> brokenBy(CheckedSpec spec, CheckedSpec.Model model, Value[] consts) {
        List<Diagnostic> out = new ArrayList<>();
        if (model.symmetric().isEmpty()) return out;
        List<CheckedSpec.Symmetric> declared = model.symmetric();
        for (CheckedSpec.Const c : spec.consts()) {
            Value v = consts[c.index()];
            NEXT_CONSTANT:
            for (CheckedSpec.Symmetric s : declared) {
                SetV set = (SetV) consts[s.index()];
                for (int i = 1; i < set.size(); i++) {
                    NodeV a = (NodeV) set.get(0);
                    NodeV b = (NodeV) set.get(i);
                    if (NodePermutation.swap(a, b).apply(v).equals(v)) continue;
                    out.add(Diagnostic.error(Code.SYMMETRY_BROKEN_BY_BINDING, model.bindings().get(c.index()).span(),
                            "model " + model.name() + " declares " + s.constant() + " symmetric, but the value of "
                            + c.name() + ", " + v.show() + ", changes when nodes " + a.show() + " and " + b.show()
                            + " of " + s.constant() + " swap places",
                            "a symmetric set's nodes must be interchangeable: no other constant may single some of "
                            + "them out, and two symmetric sets must be equal or disjoint; drop 'symmetric "
                            + s.constant() + "' or make the value treat its nodes alike"));
                    break NEXT_CONSTANT;
                }
            }
        }
        return out;
    }
}
